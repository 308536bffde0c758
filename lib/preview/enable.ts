import { timingSafeEqual, createHash } from 'node:crypto'
import type { SanityClient } from 'next-sanity'
import { defineEnableDraftMode } from 'next-sanity/draft-mode'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { safeRedirectPath } from './redirect'

/** The query parameters Sanity's Presentation tool uses; the local mode reads the same ones. */
export const PREVIEW_SECRET_PARAM = 'sanity-preview-secret'
export const PREVIEW_PATHNAME_PARAM = 'sanity-preview-pathname'

export type EnableDraftModeConfig =
  /** A project: the Studio signs each preview URL; next-sanity checks it against the Content Lake. */
  | { source: 'lake'; client: SanityClient | undefined }
  /** No project: nothing can sign a URL, so the editor passes SANITY_PREVIEW_SECRET themselves. */
  | { source: 'local'; previewSecret: string | undefined }

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** The same request with `sanity-preview-pathname` reduced to a path on this site. */
export function withSafePreviewPathname(request: Request): Request {
  const url = new URL(request.url)
  const pathname = url.searchParams.get(PREVIEW_PATHNAME_PARAM)
  if (pathname === null) return request
  url.searchParams.set(PREVIEW_PATHNAME_PARAM, safeRedirectPath(pathname))
  return new Request(url, { method: request.method, headers: request.headers })
}

/** Constant-time comparison, so the secret cannot be guessed a character at a time from response times. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest()
  return timingSafeEqual(digest(given), digest(expected))
}

/**
 * `GET /api/draft-mode/enable`. A missing or wrong secret is a 401 and sets no cookie; a site
 * that cannot preview says which variable to set instead of failing somewhere later.
 */
export function createEnableDraftModeHandler(
  config: EnableDraftModeConfig,
  enableDraftMode: () => Promise<void> = async () => (await draftMode()).enable(),
) {
  if (config.source === 'lake') {
    if (!config.client) {
      return async () =>
        text(500, 'Preview needs SANITY_API_READ_TOKEN: create a Viewer token at sanity.io/manage → API → Tokens and set it on the server.')
    }
    const enable = defineEnableDraftMode({ client: config.client }).GET
    // next-sanity keeps only the path of `sanity-preview-pathname`, but a path can still leave the
    // site ("/.//evil.example" becomes "//evil.example"): it gets a path our own rule accepts.
    return (request: Request) => enable(withSafePreviewPathname(request) as Parameters<typeof enable>[0])
  }

  return async (request: Request): Promise<Response> => {
    if (!config.previewSecret) {
      return text(
        500,
        'Preview on the local dataset needs SANITY_PREVIEW_SECRET (16+ characters) on the server; then open ' +
          `/api/draft-mode/enable?${PREVIEW_SECRET_PARAM}=<that secret>&${PREVIEW_PATHNAME_PARAM}=/blog/<slug>.`,
      )
    }
    const params = new URL(request.url).searchParams
    const given = params.get(PREVIEW_SECRET_PARAM)
    if (!given || !sameSecret(given, config.previewSecret)) return text(401, 'Invalid secret')
    await enableDraftMode()
    redirect(safeRedirectPath(params.get(PREVIEW_PATHNAME_PARAM)))
  }
}
