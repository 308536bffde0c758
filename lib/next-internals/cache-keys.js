// @ts-check
/**
 * Next.js internals (see ./next-internals.test.ts): the keys Next stores pages under in a cache
 * handler. Plain JavaScript for Next's build tracer (./file-system-cache.js says why).
 */
import { denormalizePagePath } from 'next/dist/shared/lib/page-path/denormalize-page-path.js'

const ROUTE_CACHE_PREFIX = '/route-cache/'
const PATH_MARKER = '/$/'

/**
 * The page path a response-cache key stands for: Next 16 keys pages and route handlers
 * `/route-cache/<kind>/<route hash>/$<page path>`, the path normalized (`/` is `/index`).
 * Undefined for any other key (data-cache entries stand for no page).
 * @param {string} key
 * @returns {string | undefined}
 */
export function pagePathOfCacheKey(key) {
  const marker = key.startsWith(ROUTE_CACHE_PREFIX) ? key.indexOf(PATH_MARKER) : -1
  return marker === -1 ? undefined : denormalizePagePath(key.slice(marker + PATH_MARKER.length - 1))
}
