// @ts-check
/**
 * The page paths this server's page cache answers without rendering, as far as it knows: those
 * the build prerendered, and those its handler (./handler.js) has stored or found. proxy.ts asks
 * on every request, so asking is one Map lookup: only a request that will render goes through the
 * outage lookup (lib/lake-availability/outage-lookup.ts), which sees the render's status.
 *
 * A path missing here costs its request a loopback hop; a path listed but not served from the
 * cache is a render the proxy does not watch (a 500 instead of the designed 503 if the Content
 * Lake is down). So paths go as soon as they might render again: their entry missing, or one of
 * their cache tags revalidated, here or on another instance sharing the Redis cache.
 *
 * On globalThis: Node loads the cache handler and webpack bundles the proxy, two copies of this
 * module in one process that must share one list.
 */

/** Bounds memory under a crawl of made-up slugs (each a cached 404); the longest-known go first. */
const MAX_PATHS = 50_000

/**
 * @typedef {object} CachedPagesState
 * @property {Map<string, readonly string[] | null>} paths each path with its cache tags (null: not known yet)
 * @property {boolean} seeded whether the build's prerendered paths have been added
 */

const KEY = Symbol.for('cited.pageCache.cachedPages')
const state = /** @type {CachedPagesState} */ (
  /** @type {Record<symbol, CachedPagesState | undefined>} */ (globalThis)[KEY] ??= { paths: new Map(), seeded: false }
)

/** @param {string} pathname as requested, e.g. `/blog/some-post` */
export const isCachedPage = (pathname) => state.paths.has(pathname)

/** @param {string} pathname @param {readonly string[] | null} tags */
export function rememberCachedPage(pathname, tags) {
  state.paths.set(pathname, tags)
  if (state.paths.size > MAX_PATHS) state.paths.delete(/** @type {string} */ (state.paths.keys().next().value))
}

/** @param {string} pathname */
export function forgetCachedPage(pathname) {
  state.paths.delete(pathname)
}

/**
 * After `revalidateTag`: every path carrying one of `tags`, and those whose tags are not known.
 * @param {readonly string[]} tags
 */
export function forgetPagesTagged(tags) {
  for (const [pathname, pageTags] of state.paths) {
    if (pageTags === null || pageTags.some((tag) => tags.includes(tag))) state.paths.delete(pathname)
  }
}

/** When which tags were revalidated is not known (lib/cache-handler/shared-cache.mjs). */
export function forgetAllCachedPages() {
  state.paths.clear()
}

/**
 * Once per process, the paths the build prerendered (before any request has asked for them).
 * @param {() => Iterable<string>} prerendered
 */
export function seedCachedPages(prerendered) {
  if (state.seeded) return
  state.seeded = true
  for (const pathname of prerendered()) if (!state.paths.has(pathname)) rememberCachedPage(pathname, null)
}
