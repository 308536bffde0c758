import { NextResponse, type NextRequest } from 'next/server'
import { LAKE_REQUEST_TIMEOUT_MS, lakeAvailability } from '../lake-availability'
import { unavailableResponse } from '../lake-availability/unavailable-page'
import { serverOrigin } from '../next-internals/server'
import { DRAFT_MODE_COOKIE, isDraftModeCookie } from '../preview/draft-mode-cookie'
import { withoutNeedlessScripts } from '../script-free-pages'

/**
 * The pages that render on every request, search and draft mode, as proxy.ts answers them. Every
 * other page comes from the page cache, which does what this does for them (lib/page-cache):
 * answers an outage itself and sends a page with nothing to run without scripts.
 *
 * Next.js gives a page no way to choose its own status (a page that cannot read its content fails
 * as a 500), nor to leave out its runtime. So the proxy asks this same server for the page,
 * marked so it is not asked again, and looks at the answer: a page that failed while the Content
 * Lake is down becomes the designed 503 with `Retry-After`; a search page comes without Next's
 * scripts when nothing on it runs in the browser (lib/script-free-pages), as static pages do;
 * anything else is passed on as it is.
 */

const BYPASS_HEADER = 'x-cited-page-lookup'

/**
 * How long the proxy waits for the page. While the lake is down, renders fail at once and cached
 * pages come straight from the cache: anything slower is stuck. While it is up, a render may wait
 * on the lake as long as a read and its one retry take (lib/source/client.ts): the breaker opens
 * after those, not the proxy cutting a slow but healthy render short.
 */
export const LOOKUP_TIMEOUT_MS = { lakeDown: 3_000, lakeUp: 2 * LAKE_REQUEST_TIMEOUT_MS + 2_000 }

// Hop-by-hop, or describing the encoding fetch() has already undone.
const DROPPED_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']
// Reader pages and feeds; not Next's assets, the API, the Studio or the local images.
const EXCLUDED = /^\/(_next\/|api\/|studio|media\/|favicon|icon|robots\.txt)/
// The local dataset never goes down (lib/source/config.ts picks the lake the same way).
const READS_THE_LAKE = Boolean(process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim())

/**
 * Whether Next renders `request` in draft mode: only with a cookie Next itself accepts; with any
 * other value Next serves the cached page, which carries its own policy.
 */
export const inDraftMode = (request: NextRequest) => isDraftModeCookie(request.cookies.get(DRAFT_MODE_COOKIE)?.value)

/** Search, and every page in draft mode: never from the page cache. */
export const rendersPerRequest = (request: NextRequest) => request.nextUrl.pathname === '/search' || inDraftMode(request)

/** Search as readers get it; in draft mode it carries the editor's tools, which need their scripts. */
const sentScriptFree = (request: NextRequest) => request.nextUrl.pathname === '/search' && !inDraftMode(request)

/** Whether the proxy should answer `request` by looking up the page. */
export function answersThroughLookup(request: NextRequest): boolean {
  if (EXCLUDED.test(request.nextUrl.pathname) || request.headers.get(BYPASS_HEADER) === lakeAvailability.bypassToken()) return false
  // Other methods are refused before this (lib/requests/guard.ts).
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  return (READS_THE_LAKE && rendersPerRequest(request)) || sentScriptFree(request)
}

export async function pageLookup(request: NextRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return unavailableResponse(lakeAvailability.retryAfterSeconds())
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, serverOrigin())
  const headers = new Headers(request.headers)
  headers.set(BYPASS_HEADER, lakeAvailability.bypassToken())
  headers.set('accept-encoding', 'identity')
  const signal = AbortSignal.timeout(lakeAvailability.isDown() ? LOOKUP_TIMEOUT_MS.lakeDown : LOOKUP_TIMEOUT_MS.lakeUp)
  let page: Response
  try {
    page = await fetch(url, { method: request.method, headers, redirect: 'manual', signal })
  } catch (error) {
    // No answer in time: the page waits on the lake. No answer at all (this server not reachable
    // at its own address): while the lake is up, let Next answer as if there were no lookup.
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return timedOut || lakeAvailability.isDown() ? unavailableResponse(lakeAvailability.retryAfterSeconds()) : NextResponse.next()
  }
  if (page.status >= 300 && page.status < 400) {
    // A redirect never needs the lake: Next answers it itself, with its own headers.
    await page.body?.cancel()
    return NextResponse.next()
  }
  // A page that fails while the lake is up is a fault of its own, not an outage: Next's 500.
  if (page.status >= 500 && lakeAvailability.isDown()) {
    await page.body?.cancel()
    return unavailableResponse(lakeAvailability.retryAfterSeconds())
  }
  const passed = new Headers(page.headers)
  for (const name of DROPPED_HEADERS) passed.delete(name)
  // Read whole to be judged: a search page is small whatever is asked (SEARCH_RESULT_LIMIT cards).
  const body =
    request.method === 'GET' && sentScriptFree(request) && page.headers.get('content-type')?.startsWith('text/html')
      ? withoutNeedlessScripts(await page.text())
      : page.body
  return new NextResponse(body, { status: page.status, headers: passed })
}
