// @ts-check
/**
 * Next's `cacheHandler` (next.config.js points here in every build), decided when a server
 * starts: with REDIS_URL, pages, data-cache entries and tag revalidation are shared through
 * Redis (see shared-cache.mjs); without it, or while `next build` runs, it is Next's own
 * file-system cache, so a single instance behaves exactly as it would with no handler set.
 * One build therefore serves both modes.
 *
 * Plain JavaScript because Next imports this file with Node at run time, uncompiled.
 *
 * Why @fortedigital/nextjs-cache-handler: it is the maintained successor of @neshca/cache-handler
 * (which stops at Next 14), declares Next >= 16.1.5 with node-redis 5, and ships the Redis,
 * in-memory and composite handlers this fallback needs. It treats `revalidateTag(tag, profile)`
 * as an immediate expiry whatever the profile, which is what our webhook asks for
 * (`{expire: 0}`). @trieb.work/nextjs-turbo-redis-cache honours profiles and `cacheHandlers`
 * too, but pins node-redis 4.7, needs Redis keyspace notifications (CONFIG SET, refused by
 * many managed Redis services) and has no fallback when Redis is down.
 */
import { createRequire } from 'node:module'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { REDIS_URL_EXPECTED, isRedisUrl } from './redis-url.mjs'
import { createSharedCache } from './shared-cache.mjs'

const require = createRequire(import.meta.url)

/** The handler Next uses when none is configured. */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const redisUrl = process.env.REDIS_URL?.trim() || undefined
// The build writes its prerendered pages to disk as usual; instances share what they render after.
const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD

if (redisUrl && !isRedisUrl(redisUrl)) {
  throw new Error(`Invalid environment variables:\n  REDIS_URL: expected ${REDIS_URL_EXPECTED}`)
}

if (redisUrl && !building) {
  // One connection per server process, created on the first cache call.
  CacheHandler.onCreation(() => ({ handlers: [createSharedCache({ url: redisUrl })] }))
}

export default redisUrl && !building ? CacheHandler : FileSystemCache
