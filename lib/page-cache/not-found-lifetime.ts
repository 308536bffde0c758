import { pagePathOfCacheKey } from '../next-internals/cache-keys.js'

/**
 * How long a shared cache (a CDN) may keep a 404. Next gives a page or route handler answering 404
 * its route's own lifetime: a year for an unknown category (no `revalidate`), a day plus a year of
 * stale-while-revalidate for an unknown post. A CDN would then keep serving the 404 long after a
 * post is published at that address. A minute bounds that, and a burst of requests for one missing
 * address still reaches this server once a minute per CDN node; browsers keep nothing.
 */
export const NOT_FOUND_CACHE_CONTROL = 'public, max-age=0, s-maxage=60'

/**
 * Whether a cache key is Next's own not-found page (`/_not-found`, prerendered): Next serves it for
 * an address no route matches, and sends it `private, no-store` itself, which must stay alone.
 */
const isNextNotFoundPage = (key: string) => pagePathOfCacheKey(key) === '/_not-found'

/**
 * A page or route-handler entry that answers 404, with that lifetime. Next lets a `Cache-Control`
 * the entry carries stand over the one it would derive from the route's `revalidate`.
 * In place, like ./server-rendered-404.ts: Next answers the rendering request with this same object.
 * @param key the cache key
 * @param value a page cache entry's value
 */
export function withNotFoundLifetime<Value extends { kind?: string; status?: number; headers?: Record<string, unknown> }>(
  key: string,
  value: Value | null | undefined,
): Value | null | undefined {
  if (!value || (value.kind !== 'APP_PAGE' && value.kind !== 'APP_ROUTE') || value.status !== 404) return value
  if (isNextNotFoundPage(key)) return value
  if (value.headers?.['cache-control'] !== NOT_FOUND_CACHE_CONTROL) {
    value.headers = { ...value.headers, 'cache-control': NOT_FOUND_CACHE_CONTROL }
  }
  return value
}
