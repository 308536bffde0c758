// @ts-check
// Plain JavaScript: Next's build tracer reads only JavaScript, and this is the one file the page
// cache loads that imports ../lake-availability/unavailable-page.ts (lib/cache-handler/standalone-trace.test.ts).
import { unavailableHeaders, unavailablePageHtml, unavailableRouteAnswer } from '../lake-availability/unavailable-page.ts'

/**
 * The designed 503 as a cache entry, for a page or route handler (the feed, the sitemap) the cache
 * has no entry (nor outage copy) for while the Content Lake is down: Next serves an entry with its
 * own status and headers, so the reader, feed reader or crawler gets the 503 with `Retry-After`
 * and `no-store` instead of a render that could only fail as a 500. Dated now, so Next serves it
 * without a background render. Never stored.
 * Empty flight data: a client navigation that gets it falls back to loading the page as HTML.
 * @param {unknown} kind the kind of entry Next asked the cache for
 * @param {number} retryAfterSeconds
 */
export function unavailableEntry(kind, retryAfterSeconds) {
  if (kind === 'APP_PAGE') {
    const value = {
      kind: 'APP_PAGE',
      status: 503,
      html: unavailablePageHtml(),
      rscData: Buffer.alloc(0),
      headers: unavailableHeaders(retryAfterSeconds),
      postponed: undefined,
      segmentData: undefined,
    }
    return { value, lastModified: Date.now() }
  }
  if (kind === 'APP_ROUTE') {
    const { body, headers } = unavailableRouteAnswer(retryAfterSeconds)
    return { value: { kind: 'APP_ROUTE', status: 503, body: Buffer.from(body), headers }, lastModified: Date.now() }
  }
  return undefined
}
