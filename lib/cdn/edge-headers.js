// @ts-check
/**
 * What a CDN in front of the site reads on every page the page cache serves (lib/page-cache):
 * the page's cache tags as surrogate keys, so a publish can purge exactly the pages it touches
 * (./purge.ts), and a lifetime a CDN can keep because it is purged (docs/caching.md).
 * Plain JavaScript: the page cache loads it, and Next's build tracer (JavaScript only) must follow
 * its import of lib/next-internals (lib/cache-handler/standalone-trace.test.ts).
 */

import { isImplicitTag } from '../next-internals/cache-tags.js'

/**
 * A page that exists (status 200), as the edge may keep it:
 * - `max-age=60`: a browser's copy cannot be purged, so it keeps one a minute at most (back and
 *   forward, a second click) and sees a correction within the same minute a 404 is kept;
 * - `s-maxage=86400`: the edge keeps it a day, and every publish that touches it purges it
 *   sooner; a day is also when a post re-renders on its own ("Review overdue" appears), and it
 *   bounds how long a purge that never arrived (the CDN's API down past every retry) leaves a page old;
 * - `stale-while-revalidate=86400`: past that day the edge answers with its copy while it asks
 *   the site again, so no reader waits for a refresh;
 * - `stale-if-error=604800`: while the site (or the Content Lake behind it) is down, the edge
 *   keeps serving the pages it holds for a week, so an outage over a weekend is not seen.
 */
export const EDGE_PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=86400, stale-while-revalidate=86400, stale-if-error=604800'

/**
 * A page served from its last copy while the Content Lake is down (lib/page-cache/outage-copies.ts):
 * possibly older than a publish the edge was just purged of, so the edge keeps it a minute, not a
 * day, and has the published page within a minute of the lake's return.
 */
export const OUTAGE_COPY_CACHE_CONTROL = 'public, max-age=0, s-maxage=60'

/** Surrogate keys for Fastly and Varnish (space-separated) and Cloudflare (comma-separated). */
export const SURROGATE_KEY_HEADER = 'surrogate-key'
export const CACHE_TAG_HEADER = 'cache-tag'

/**
 * Fastly takes at most 16,384 bytes of `Surrogate-Key` and 1,024 per key; Cloudflare the same
 * 16 KB of `Cache-Tag` and 1,024 characters per tag. One budget holds for both.
 */
export const MAX_KEYS_BYTES = 16_384
export const MAX_KEY_BYTES = 1_024

/**
 * The key carried, with `site`, by a page whose tags do not fit (more than MAX_KEYS_BYTES, or a
 * tag a CDN cannot store), in place of its own; every purge names it too (./purge.ts), so such a
 * page is purged by every publish: more often than needed, never left stale.
 */
export const OVERFLOW_KEY = 'tags-overflow'
const EVERY_PAGE_KEY = 'site'

/** A key every CDN stores as it is: printable ASCII without spaces or commas, at most MAX_KEY_BYTES. */
const isPortableKey = (/** @type {string} */ key) => /^[!-+\--~]+$/.test(key) && key.length <= MAX_KEY_BYTES

/**
 * The surrogate keys for a page with these cache tags (Next's `x-next-cache-tags`, comma-joined):
 * the site's own tags, or `site` and OVERFLOW_KEY when they do not fit. Next's implicit tags
 * (`_N_T_<path>`, one per path and layout) are left out: no webhook expires them.
 * @param {string} cacheTags
 * @returns {string[]}
 */
export function surrogateKeysFor(cacheTags) {
  const keys = [...new Set(cacheTags.split(',').filter((tag) => tag && !isImplicitTag(tag)))]
  const fits = keys.every(isPortableKey) && Buffer.byteLength(keys.join(' ')) <= MAX_KEYS_BYTES
  return fits ? keys : [EVERY_PAGE_KEY, OVERFLOW_KEY]
}

/**
 * A page or route-handler entry with its surrogate keys and, for a page that exists and says
 * nothing itself, EDGE_PAGE_CACHE_CONTROL. Entries that set their own `Cache-Control` (a 404's
 * short lifetime, the sitemap, share cards) keep it. In place, like the page cache's other steps.
 * @template {{ kind?: string, status?: number, headers?: Record<string, unknown> }} Value
 * @param {Value | null | undefined} value a page cache entry's value
 * @returns {Value | null | undefined}
 */
export function withEdgeHeaders(value) {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE')) return value
  const headers = value.headers ?? {}
  const tags = headers['x-next-cache-tags']
  const keys = typeof tags === 'string' ? surrogateKeysFor(tags) : []
  const edge = /** @type {Record<string, string>} */ ({})
  if (keys.length > 0) {
    edge[SURROGATE_KEY_HEADER] = keys.join(' ')
    edge[CACHE_TAG_HEADER] = keys.join(',')
  }
  if ((value.status ?? 200) === 200 && headers['cache-control'] === undefined) edge['cache-control'] = EDGE_PAGE_CACHE_CONTROL
  if (Object.entries(edge).some(([name, text]) => headers[name] !== text)) value.headers = { ...headers, ...edge }
  return value
}
