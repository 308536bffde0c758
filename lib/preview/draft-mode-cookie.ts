import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Whether a request carries a valid draft-mode cookie, judged as Next judges it: Next turns draft
 * mode on only when `__prerender_bypass` equals the build's preview-mode id
 * (DraftModeProvider in next/dist/server/async-storage/draft-mode-provider.js), and any other
 * value gets the cached page. The proxy runs before that, and a proxy running on Node is not
 * given the id (only an edge one is, as `__NEXT_PREVIEW_MODE_ID`), so this reads it where Next
 * keeps it: `preview.previewModeId` in the build's `prerender-manifest.json`. The one place that
 * knows that file.
 */

export const DRAFT_MODE_COOKIE = '__prerender_bypass'

/** The build's folder as Next resolves it: standalone servers carry their config, else next.config.js's `distDir`. */
function distDir(env: Partial<NodeJS.ProcessEnv>): string {
  const standalone = env.__NEXT_PRIVATE_STANDALONE_CONFIG
  const fromStandalone = standalone ? (JSON.parse(standalone) as { distDir?: string }).distDir : undefined
  return path.resolve(process.cwd(), fromStandalone || env.NEXT_DIST_DIR || '.next')
}

/** The preview-mode id of the build in `dir`; null when there is none to read (no cookie is valid then). */
export function previewModeIdIn(dir: string): string | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'prerender-manifest.json'), 'utf8')) as {
      preview?: { previewModeId?: unknown }
    }
    const id = manifest.preview?.previewModeId
    return typeof id === 'string' && id ? id : null
  } catch {
    return null
  }
}

let previewModeId: string | null | undefined

/**
 * Whether `cookieValue` turns draft mode on; a stray or forged value does not. Against this
 * server's build, read once, unless `expectedId` is given.
 */
export function isDraftModeCookie(cookieValue: string | undefined, expectedId?: string | null): boolean {
  if (previewModeId === undefined) previewModeId = previewModeIdIn(distDir(process.env))
  const id = expectedId === undefined ? previewModeId : expectedId
  return Boolean(cookieValue && id && cookieValue === id)
}
