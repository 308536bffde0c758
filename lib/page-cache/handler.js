// @ts-check
/**
 * The page cache: Next's own file-system cache, with three things done to every page entry on its
 * way in (pages rendered at run time: ISR, a post published after the build, a webhook refresh)
 * and on its way out (pages prerendered by `next build`):
 *  - for a 404 rendered at run time, the designed page in place of Next's empty error shell;
 *  - no scripts, when nothing in the page runs in the browser (lib/script-free-pages);
 *  - the page's own Content-Security-Policy, in its head, allowing only the inline scripts the site wrote (lib/security);
 *  - for a 404, a short shared lifetime (./not-found-lifetime.ts);
 *  - its cache tags as surrogate keys, and for a page that exists the lifetime a CDN may keep it (lib/cdn).
 * And on its way out, for each request that accepts gzip, gzip'd once rather than on every request
 * (lib/precompressed-pages).
 * A different cache handler (e.g. a shared Redis one) gets the same by calling `preparePageEntry`
 * on the values it stores and serves.
 * And a page or route handler it has no entry for, when the Content Lake is down (the breaker open,
 * or the lake not answering when asked just then), is not rendered only to fail: it is served from
 * its last copy (./outage-copies.ts), the one a publish expired, or else as the designed 503
 * (./unavailable-entry.js).
 *
 * Plain JavaScript: Next's build tracer reads only JavaScript, so what a file with type syntax
 * imports reaches the standalone output only if a JavaScript file imports it too
 * (lib/cache-handler/standalone-trace.test.ts checks).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { pagePathOfCacheKey } from '../next-internals/cache-keys.js'
import { FileSystemCache } from '../next-internals/file-system-cache.js'
import { isLakeDownBeforeRender, retryAfterSeconds } from '../lake-availability/breaker-state.ts'
import { servedGzipped, storedValueOf } from '../precompressed-pages/index.js'
import { withScriptFreePage } from '../script-free-pages/index.ts'
import { withPagePolicy } from '../security/headers.js'
import { withEdgeHeaders } from '../cdn/edge-headers.js'
import { withNotFoundLifetime } from './not-found-lifetime.ts'
import { keepOutageCopy, outageCopy } from './outage-copies.ts'
import { withServerRendered404 } from './server-rendered-404.ts'
import { unavailableEntry } from './unavailable-entry.js'

/**
 * @param {string | undefined} serverDistDir Next's `.next/server` folder, as cache handlers are given it
 * @returns {(key: string, value: any) => any}
 */
export function pageEntryPreparer(serverDistDir) {
  /** @type {string | null | undefined} */
  let notFoundHtml
  const designedNotFoundHtml = () => {
    if (notFoundHtml === undefined) {
      try {
        notFoundHtml = serverDistDir ? readFileSync(path.join(serverDistDir, 'app', '_not-found.html'), 'utf8') : null
      } catch {
        notFoundHtml = null
      }
    }
    return notFoundHtml
  }
  // The policy last, so it is hashed from the HTML that is actually sent.
  return (key, value) =>
    withEdgeHeaders(withNotFoundLifetime(key, withPagePolicy(key, withScriptFreePage(withServerRendered404(value, designedNotFoundHtml)))))
}

/** Whether `key` stands for a page and `value` is one. @param {string} key @param {any} value */
const isPageEntry = (key, value) => (value?.kind === 'APP_PAGE' || value?.kind === 'APP_ROUTE') && pagePathOfCacheKey(key) !== undefined

/**
 * Any cache handler class, with every page entry prepared on its way in and out: Next's
 * file-system cache here, the shared Redis one in lib/cache-handler.
 * @param {any} Base
 */
export function withPageEntries(Base) {
  return class extends Base {
    /** @param {any} ctx */
    constructor(ctx) {
      super(ctx)
      this.preparePageEntry = pageEntryPreparer(ctx.serverDistDir)
    }

    /** @param {string} key @param {any} ctx */
    async get(key, ctx) {
      const entry = await super.get(key, ctx)
      if (entry?.value) this.preparePageEntry(key, entry.value)
      if (isPageEntry(key, entry?.value)) keepOutageCopy(key, entry)
      else if (!entry && pagePathOfCacheKey(key) !== undefined && (await isLakeDownBeforeRender())) {
        return servedGzipped(outageCopy(key) ?? unavailableEntry(ctx?.kind, retryAfterSeconds()))
      }
      return servedGzipped(entry)
    }

    /** @param {string} key @param {any} value @param {any} ctx */
    async set(key, value, ctx) {
      const data = storedValueOf(value)
      this.preparePageEntry(key, data)
      await super.set(key, data, ctx)
      if (isPageEntry(key, data)) keepOutageCopy(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
    }
  }
}

/**
 * Whether an entry written at run time goes to disk as well as to Next's in-memory cache (an LRU
 * bounded by `cacheMaxMemorySize`, 50 MB by default). Any client can name a new address, so
 * entries that only an address or a search term brings into being stay in memory, where the
 * least used are evicted: a 404 (an unknown post, category, author, page number or share card),
 * and a data-cache entry the disk does not hold yet (the read behind such a 404, a new search
 * term). What does reach the disk is one entry per page that exists, and a data-cache entry that
 * replaces one already there (so a restart never reads back a copy older than the last publish).
 * During `next build` everything goes to disk as usual.
 * @param {any} data @param {() => boolean} alreadyOnDisk
 */
function keepsOnDisk(data, alreadyOnDisk) {
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return true
  if (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') return data.status !== 404
  if (data?.kind === 'FETCH') return alreadyOnDisk()
  return true
}

/** Next's file-system cache with the disk bounded as `keepsOnDisk` says. */
class PageCache extends withPageEntries(FileSystemCache) {
  /** @param {string} key @param {any} data @param {any} ctx */
  set(key, data, ctx) {
    const flushToDisk = /** @type {boolean} */ (this.flushToDisk)
    // Next's set() puts the entry in memory and reads `flushToDisk` before it first awaits, so
    // switching it off for this one call keeps the entry off disk and nothing else.
    this.flushToDisk = flushToDisk && keepsOnDisk(data, () => existsSync(this.getFilePath(key, 'FETCH')))
    try {
      return super.set(key, data, ctx)
    } finally {
      this.flushToDisk = flushToDisk
    }
  }
}

export default PageCache
