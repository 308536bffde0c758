// @ts-check
/**
 * Next's `cacheHandler` (next.config.js points here in every build), decided when a server
 * starts: with REDIS_URL, pages, data-cache entries and tag revalidation are shared through
 * Redis (see shared-cache.mjs); without it, or while `next build` runs, it is Next's own
 * file-system cache, so a single instance behaves exactly as it would with no handler set.
 * One build therefore serves both modes.
 *
 * Plain JavaScript because Next imports this file with Node at run time, uncompiled.
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
