// @ts-check
/*
 * JavaScript with JSDoc types, not TypeScript, for the standalone output: Next's build copies the
 * files it traces from the cache handler with a tracer (@vercel/nft) that reads only JavaScript,
 * so the packages a .ts file imports (here @redis/client and the library's handlers) would be
 * left out and the standalone server would not start (./standalone-trace.test.ts).
 */
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'
import { redactRedisUrl } from './redis-url.ts'

/**
 * The one handler we give @fortedigital/nextjs-cache-handler's `CacheHandler`: Redis while it
 * answers, this instance's memory while it does not. Storage, tag bookkeeping and key expiry
 * are the library's (`redis-strings`, `local-lru`); this file only decides which one to use.
 *
 * - Online: reads and writes go to Redis only, so every instance sees the same entries and a
 *   tag expired on one instance is expired for all.
 * - Outage: reads and writes go to a memory cache that starts empty, so an instance re-renders
 *   from the content source rather than serve what it held before (another instance may have
 *   expired that since). Logged once when the outage starts and once when it ends.
 * - Tags expired during an outage are replayed to Redis when it returns, before this instance
 *   reads from Redis again, so an entry written before the outage cannot come back. Until then
 *   the other instances serve from their own memory: losing Redis costs freshness, never
 *   availability.
 *
 * @param {{
 *   url: string,
 *   keyPrefix?: string,
 *   timeoutMs?: number,
 *   log?: Pick<Console, 'info' | 'error'>,
 * }} options
 */
export function createSharedCache({ url, keyPrefix = 'cited:', timeoutMs = 1000, log = console }) {
  const where = redactRedisUrl(url)
  const client = createClient({
    url,
    // A command while disconnected fails at once instead of waiting in a queue, so the request
    // falls back to memory rather than hanging until Redis returns.
    disableOfflineQueue: true,
    // Notices a silently dead connection (no RST, e.g. a network partition).
    pingInterval: 5_000,
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
    },
  })
  const shared = createRedisHandler({ client, keyPrefix, timeoutMs })
  let local = createLruHandler()
  /** Tags expired while Redis could not be told, to replay when it returns. */
  const missedTags = new Set()
  /** @type {'starting' | 'online' | 'offline'} */
  let state = 'starting'
  let outageSince = 0
  let closed = false
  /** @type {() => void} */
  let settleStart = () => {}
  // The first requests after a start wait for the first connection attempt (at most
  // `timeoutMs`), so what they render is shared rather than kept in this instance's memory.
  const firstAttempt = new Promise((resolve) => (settleStart = () => resolve(undefined)))

  /** @param {unknown} error */
  const goOffline = (error) => {
    if (state === 'offline' || closed) return
    const reason = error instanceof Error ? error.message || error.name : String(error)
    log.error(`[cache] Redis at ${where} is unreachable (${reason}): serving from this instance's memory until it returns`)
    state = 'offline'
    outageSince = Date.now()
    settleStart()
    // Normally the client reconnects and 'ready' ends the outage; if the connection survived
    // whatever failed, nothing would say so, so check again shortly.
    if (client.isReady) setTimeout(() => client.isReady && state === 'offline' && void rejoin(), 1_000).unref()
  }

  const replayMissedTags = async () => {
    for (const tag of [...missedTags]) {
      await shared.revalidateTag(tag)
      missedTags.delete(tag)
    }
  }

  const rejoin = async () => {
    try {
      await replayMissedTags()
    } catch (error) {
      if (!client.isReady) return goOffline(error) // dropped again; the next 'ready' retries
      setTimeout(() => void rejoin(), 1_000).unref()
      return
    }
    const after = state === 'offline' ? ` after ${Math.round((Date.now() - outageSince) / 1000)} s` : ''
    // What was rendered into memory during the outage may have been expired elsewhere since.
    local = createLruHandler()
    state = 'online'
    settleStart()
    log.info(`[cache] sharing pages and data through Redis at ${where}${after ? ` again, back${after}` : ''}`)
  }

  client.on('error', goOffline)
  client.on('ready', () => void rejoin())
  client.connect().catch(goOffline)

  const isShared = () => state === 'online' && client.isReady

  /**
   * @template T
   * @param {() => Promise<T>} onShared
   * @param {() => Promise<T>} onLocal
   */
  const route = async (onShared, onLocal) => {
    if (state === 'starting') await firstAttempt
    if (!isShared()) return onLocal()
    try {
      return await onShared()
    } catch (error) {
      // A dropped connection is an outage; a slow answer (timeout) only costs this request.
      if (!client.isReady) goOffline(error)
      return onLocal()
    }
  }

  /** @typedef {ReturnType<typeof createRedisHandler>} RedisHandler */
  return {
    name: 'redis-with-memory-fallback',
    /** @type {RedisHandler['get']} */
    get: (key, meta) =>
      route(
        () => shared.get(key, meta),
        () => local.get(key, meta),
      ),
    /** @type {RedisHandler['set']} */
    set: (key, value, ctx) =>
      route(
        () => shared.set(key, value, ctx),
        () => local.set(key, value, ctx),
      ),
    /** @param {string} tag */
    async revalidateTag(tag) {
      if (state === 'starting') await firstAttempt
      await local.revalidateTag(tag)
      missedTags.add(tag)
      if (!isShared()) return
      try {
        await replayMissedTags()
      } catch (error) {
        // Kept in missedTags: replayed on the next revalidation or when Redis is back.
        if (!client.isReady) goOffline(error)
      }
    },
    /** @param {string} key */
    delete: (key) =>
      route(
        async () => shared.delete?.(key),
        async () => local.delete?.(key),
      ),
    /** True while entries are read from and written to Redis. */
    isShared,
    /** Disconnects (tests and the benchmark; a server keeps its connection for life). */
    async close() {
      closed = true
      client.removeAllListeners('ready')
      if (client.isOpen) await client.close().catch(() => client.destroy())
    },
  }
}
