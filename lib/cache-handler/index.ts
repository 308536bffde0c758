/**
 * Next's `cacheHandler` (next.config.js points here unless `PAGE_CACHE=next`), decided when a server
 * starts: with REDIS_URL, pages, data-cache entries and tag revalidation are shared through
 * Redis (see shared-cache.mjs); without it, or while `next build` runs, it is Next's own
 * file-system cache (lib/page-cache), so a single instance behaves as it would with no handler.
 * Either way every page entry gets its own CSP and the designed 404 (lib/page-cache/handler.js).
 * One build therefore serves both modes.
 *
 * Next imports this file with Node at run time, uncompiled (not through webpack): Node (>= 22.18)
 * strips the types, so it and what it loads use erasable TypeScript only and name the files
 * they import with their extension. It has no type syntax of its own so that Next's build, whose
 * file tracer reads only JavaScript, finds its imports for the standalone output
 * (./standalone-trace.test.ts).
 *
 * Why @fortedigital/nextjs-cache-handler: it is the maintained successor of @neshca/cache-handler
 * (which stops at Next 14), declares Next >= 16.1.5 with node-redis 5, and ships the Redis,
 * in-memory and composite handlers this fallback needs. It treats `revalidateTag(tag, profile)`
 * as an immediate expiry whatever the profile, which is what our webhook asks for
 * (`{expire: 0}`). @trieb.work/nextjs-turbo-redis-cache honours profiles and `cacheHandlers`
 * too, but pins node-redis 4.7, needs Redis keyspace notifications (CONFIG SET, refused by
 * many managed Redis services) and has no fallback when Redis is down.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import PageCache, { withPageEntries } from '../page-cache/handler.js'
import { REDIS_URL_EXPECTED, isRedisUrl } from './redis-url.ts'
import { createSharedCache } from './shared-cache.mjs'

const redisUrl = process.env.REDIS_URL?.trim() || undefined
// The build writes its prerendered pages to disk as usual; instances share what they render after.
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD

if (redisUrl && !isRedisUrl(redisUrl)) {
  throw new Error(`Invalid environment variables:\n  REDIS_URL: expected ${REDIS_URL_EXPECTED}`)
}

if (redisUrl && !building) {
  // One connection per server process, made on the first cache call.
  CacheHandler.onCreation(() => ({ handlers: [createSharedCache({ url: redisUrl })] }))
}

/**
 * The shared handler, with the same per-page policy and designed 404 as the file-system one.
 * Redis starts without the build's pages: each renders on its first request.
 */
const SharedPageCache = withPageEntries(CacheHandler)

export default redisUrl && !building ? SharedPageCache : PageCache
