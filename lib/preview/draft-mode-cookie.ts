import { buildDir, previewModeIdIn } from '../next-internals/server'

/**
 * Whether a request carries a valid draft-mode cookie, judged as Next judges it: Next turns draft
 * mode on only when `__prerender_bypass` equals the build's preview-mode id, and any other value
 * gets the cached page. The proxy runs before that, and a proxy running on Node is not given the
 * id (only an edge one is, as `__NEXT_PREVIEW_MODE_ID`), so this reads it from the build
 * (lib/next-internals/server.ts).
 */

export const DRAFT_MODE_COOKIE = '__prerender_bypass'

let previewModeId: string | null | undefined

/**
 * Whether `cookieValue` turns draft mode on; a stray or forged value does not. Against this
 * server's build, read once, unless `expectedId` is given.
 */
export function isDraftModeCookie(cookieValue: string | undefined, expectedId?: string | null): boolean {
  if (previewModeId === undefined) previewModeId = previewModeIdIn(buildDir())
  const id = expectedId === undefined ? previewModeId : expectedId
  return Boolean(cookieValue && id && cookieValue === id)
}
