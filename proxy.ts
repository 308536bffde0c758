import { NextResponse, type NextRequest } from 'next/server'
import { answersThroughLookup, outageLookup, rendersPerRequest } from '@/lib/lake-availability/outage-lookup'
import { judgeRequest } from '@/lib/requests/guard'
import { policyWithNonce } from '@/lib/security/headers.js'

/**
 * Runs before every route, in this order:
 * 1. refuses requests no route can serve (lib/requests/guard.ts);
 * 2. answers the requests whose page may need the Content Lake through the outage lookup
 *    (lib/lake-availability/outage-lookup.ts): Next.js gives a page no way to choose its own
 *    status, so this asks the server for the page itself and turns a page that failed for want
 *    of the lake into the designed 503 with `Retry-After`. Pages in the page cache skip it while
 *    the lake is up;
 * 3. gives the pages that render per request — search, and every page in draft mode — a policy
 *    with a fresh nonce, which Next puts on its scripts. Static pages are not touched: their
 *    policy (hashes of their own inline scripts) comes with them from the page cache.
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

  if (answersThroughLookup(request)) return outageLookup(request)

  if (!rendersPerRequest(request) || url.pathname.startsWith('/api/')) return NextResponse.next()
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = policyWithNonce(url.pathname, nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Not Next's own build output: those files are immutable and served as they are.
  matcher: ['/((?!_next/static/|_next/image).*)'],
}
