import { NextResponse, type NextRequest } from 'next/server'
import { lakeAvailability } from '@/lib/lake-availability'
import { unavailableResponse } from '@/lib/lake-availability/unavailable-page'
import { judgeRequest } from '@/lib/requests/guard'
import { policyWithNonce } from '@/lib/security/headers.js'

/**
 * Runs before every route, in this order:
 * 1. refuses requests no route can serve (lib/requests/guard.ts);
 * 2. while the Content Lake is down (lib/lake-availability), answers reader pages through an
 *    outage lookup: Next.js gives a page no way to choose its own status, and a page that cannot
 *    read its content fails as a 500, so this asks the server for the page itself, marked so it
 *    is not asked again — what Next.js has cached is passed on as it is, a page that fails
 *    becomes the designed 503 with `Retry-After`;
 * 3. gives the pages that render per request — search, and every page in draft mode — a policy
 *    with a fresh nonce, which Next puts on its scripts. Static pages are not touched: their
 *    policy (hashes of their own inline scripts) comes with them from the page cache.
 */

/** A path no route matches: rewriting to it answers with the designed, prerendered 404. */
const UNMATCHED_PATH = '/_cited/not-found'

export const BYPASS_HEADER = 'x-cited-outage-lookup'
const LOOKUP_TIMEOUT_MS = 3_000
// Hop-by-hop, or describing the encoding fetch() has already undone.
const DROPPED_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']
// Reader pages and feeds; not Next's assets, the API, the Studio or the local images.
const OUTAGE_LOOKUP_EXCLUDED = /^\/(_next\/|api\/|studio|media\/|favicon|icon|robots\.txt)/

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

  const isOutageLookup = request.headers.get(BYPASS_HEADER) === lakeAvailability.bypassToken()
  if (lakeAvailability.isDown() && !isOutageLookup && !OUTAGE_LOOKUP_EXCLUDED.test(url.pathname)) return outageLookup(request)

  const rendersPerRequest = url.pathname === '/search' || request.cookies.has('__prerender_bypass')
  if (!rendersPerRequest || url.pathname.startsWith('/api/')) return NextResponse.next()
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = policyWithNonce(url.pathname, nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

async function outageLookup(request: NextRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return unavailableResponse(lakeAvailability.retryAfterSeconds())
  // This same server, over loopback (`next start` sets PORT), never a public address.
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `http://127.0.0.1:${process.env.PORT ?? 3000}`)
  const headers = new Headers(request.headers)
  headers.set(BYPASS_HEADER, lakeAvailability.bypassToken())
  headers.set('accept-encoding', 'identity')
  try {
    const page = await fetch(url, { method: request.method, headers, redirect: 'manual', signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) })
    if (page.status >= 300 && page.status < 400) {
      // A redirect never needs the lake: Next answers it itself, with its own headers.
      await page.body?.cancel()
      return NextResponse.next()
    }
    if (page.status < 500) {
      const passed = new Headers(page.headers)
      for (const name of DROPPED_HEADERS) passed.delete(name)
      return new NextResponse(page.body, { status: page.status, headers: passed })
    }
    await page.body?.cancel()
  } catch {
    // No answer in time: the page needed the lake.
  }
  return unavailableResponse(lakeAvailability.retryAfterSeconds())
}

export const config = {
  // Not Next's own build output: those files are immutable and served as they are.
  matcher: ['/((?!_next/static/|_next/image).*)'],
}
