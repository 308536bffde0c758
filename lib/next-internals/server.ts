/**
 * Next.js internals (see ./next-internals.test.ts): what `next start` tells the process about
 * itself, and where it keeps the build.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Where this same server answers, never through a public name. `next start` records the address it
 * listens on (`-H`) in __NEXT_PRIVATE_ORIGIN, as `localhost` when that is every interface: loopback
 * then, which every interface includes. Without it (another way of starting Next), loopback on PORT.
 */
export function serverOrigin(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const origin = new URL(env.__NEXT_PRIVATE_ORIGIN || `http://127.0.0.1:${env.PORT ?? 3000}`)
  if (origin.hostname === 'localhost') origin.hostname = '127.0.0.1'
  return origin.origin
}

/** The build's folder as Next resolves it: standalone servers carry their config, else next.config.js's `distDir`. */
export function buildDir(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  const standalone = env.__NEXT_PRIVATE_STANDALONE_CONFIG
  const fromStandalone = standalone ? (JSON.parse(standalone) as { distDir?: string }).distDir : undefined
  return path.resolve(process.cwd(), fromStandalone || env.NEXT_DIST_DIR || '.next')
}

/**
 * The preview-mode id of the build in `dir`, which Next compares the draft-mode cookie with:
 * `preview.previewModeId` in its `prerender-manifest.json`. Null when there is none to read.
 */
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
