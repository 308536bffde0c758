import { NextResponse, type NextRequest } from 'next/server'
import { answersThroughLookup, inDraftMode, pageLookup, rendersPerRequest } from '@/lib/per-request-pages'
import { judgeRequest } from '@/lib/requests/guard'
import { policyWithNonce } from '@/lib/security/headers.js'

/**
 * Runs before the requests `config.matcher` picks out, in this order:
 * 1. refuses requests no route can serve (lib/requests/guard.ts);
 * 2. answers search and draft-mode pages by looking them up (lib/per-request-pages): Next.js
 *    gives a page no way to choose its own status or to leave out its runtime, so this asks the
 *    server for the page itself, turns a page that failed for want of the lake into the designed
 *    503 with `Retry-After`, and sends search without scripts it does not need;
 * 3. gives those pages, which render per request, a policy with a fresh nonce, which Next puts on
 *    its scripts (in draft mode also the Content Lake, for live drafts). It replaces the baseline
 *    policy next.config.js sends (lib/security/headers.js), which allows any inline script.
 *
 * A plain GET of any other page never comes here: Next runs a proxy as a second pass through
 * its request handling, which costs a cached page more than serving it does. Those pages need
 * none of it: their address is well formed, their policy (hashes of their own inline scripts)
 * comes with them from the page cache, on top of the baseline, and so does the answer to a Content Lake outage
 * (lib/page-cache/handler.js).
 */

/** A path no route matches: rewriting to it answers with the designed, prerendered 404. */
const UNMATCHED_PATH = '/_cited/not-found'

const text = (status: number, message: string, headers: Record<string, string> = {}) =>
  new NextResponse(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  })

export async function proxy(request: NextRequest) {
  const url = new URL(request.url)
  const verdict = judgeRequest(request.method, url.pathname, url.search.replace(/^\?/, ''))
  switch (verdict.kind) {
    case 'bad-request':
      return text(400, `Bad request. ${verdict.reason}`)
    case 'uri-too-long':
      return text(414, 'The address is too long.')
    case 'method-not-allowed':
      return text(405, `Method ${request.method} is not allowed here.`, { Allow: verdict.allow.join(', ') })
    case 'not-found':
      return NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url))
  }

  if (answersThroughLookup(request)) return pageLookup(request)

  if (!rendersPerRequest(request) || url.pathname.startsWith('/api/')) return NextResponse.next()
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = policyWithNonce(url.pathname, nonce, { draftMode: inDraftMode(request) })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

/**
 * Matchers see the path as sent and can test headers and cookies, never the method
 * (nextjs.org/docs/app/api-reference/file-conventions/proxy#matcher). So a method check reaches
 * the requests that carry a body, which every form and API client sends with POST, PUT or PATCH;
 * Next itself answers other methods on the prerendered routes with 405, and a bodiless DELETE of
 * a post gets the post, as from WordPress. Next's own build output is never matched: those
 * files are immutable and served as they are. Checked in lib/requests/proxy-matcher.test.ts.
 */
export const config = {
  matcher: [
    // Not a plain address: an escape or a character no slug has, a segment longer than any slug
    // (MAX_SEGMENT_LENGTH), or longer than any address (MAX_PATH_LENGTH).
    '/((?:.*[^A-Za-z0-9/._~-]|.*[^/]{201}|.{1024}).*)',
    '/search',
    '/studio/:path*',
    { source: '/((?!_next/static/|_next/image).*)', has: [{ type: 'cookie', key: '__prerender_bypass' }] },
    { source: '/((?!_next/static/|_next/image).*)', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/((?!_next/static/|_next/image).*)', has: [{ type: 'header', key: 'transfer-encoding' }] },
  ],
}
