// @ts-check
import { unavailableHeaders, unavailablePageHtml } from '../lake-availability/unavailable-page.js'

/**
 * The designed 503 as a page entry, for a page the cache has no entry (nor outage copy) for while
 * the Content Lake is down: Next serves an entry with its own status and headers, so the reader
 * gets the 503 with `Retry-After` and `no-store` instead of a render that could only fail as a
 * 500. Dated now, so Next serves it without a background render. Never stored.
 * Empty flight data: a client navigation that gets it falls back to loading the page as HTML.
 * @param {number} retryAfterSeconds
 */
export const unavailableEntry = (retryAfterSeconds) => ({
  value: {
    kind: 'APP_PAGE',
    status: 503,
    html: unavailablePageHtml(),
    rscData: Buffer.alloc(0),
    headers: unavailableHeaders(retryAfterSeconds),
    postponed: undefined,
    segmentData: undefined,
  },
  lastModified: Date.now(),
})
