import { NextResponse, type NextRequest } from 'next/server'
import { lakeAvailability } from '@/lib/lake-availability'
import { unavailableResponse } from '@/lib/lake-availability/unavailable-page'

/**
 * Reader pages while the Content Lake is down. Next.js gives a page no way to choose its own
 * status, and a page that cannot read its content fails as a 500. So while the availability
 * breaker is open (lib/lake-availability), this proxy asks the server for the page itself, marked
 * so it is not asked again: what Next.js has cached (or can render without the lake) is passed
 * on as it is; a page that fails becomes the designed 503 with `Retry-After`. While the lake is
 * up, requests pass straight through, untouched.
 */
export const BYPASS_HEADER = 'x-cited-outage-lookup'
const LOOKUP_TIMEOUT_MS = 3_000
// Hop-by-hop, or describing the encoding fetch() has already undone.
const DROPPED_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']

export async function proxy(request: NextRequest) {
  if (!lakeAvailability.isDown() || request.headers.get(BYPASS_HEADER) === lakeAvailability.bypassToken()) return NextResponse.next()
  if (request.method !== 'GET' && request.method !== 'HEAD') return unavailableResponse(lakeAvailability.retryAfterSeconds())

  // This same server, over loopback (`next start` sets PORT), never a public address.
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `http://127.0.0.1:${process.env.PORT ?? 3000}`)
  const headers = new Headers(request.headers)
  headers.set(BYPASS_HEADER, lakeAvailability.bypassToken())
  headers.set('accept-encoding', 'identity')
  try {
    const page = await fetch(url, { method: request.method, headers, redirect: 'manual', signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) })
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
  // Reader pages and feeds; not Next's assets, the API, the Studio or the local images.
  matcher: ['/((?!_next/|api/|studio|media/|favicon|icon|robots\\.txt).*)'],
}
