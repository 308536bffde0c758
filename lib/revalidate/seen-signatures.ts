import { createClient } from '@redis/client'
import { LRUCache } from 'lru-cache'
import { redactRedisUrl } from '../cache-handler/redis-url'

/**
 * Which webhook signatures were already accepted. A signature stays valid for its whole
 * tolerance window, so without this a captured request could be sent again any number of times
 * within it, expiring pages each time. Only signatures that verified are recorded (forging one
 * needs the secret), so the set grows only as fast as Sanity sends webhooks.
 */
export interface SeenSignatures {
  /** True the first time `signature` is offered; false for a replay. Kept until `expiresAt` (ms since the epoch). */
  firstUse(signature: string, expiresAt: number): Promise<boolean>
  /** Forgets a signature whose delivery failed, so Sanity's retry of it is processed. */
  release(signature: string): Promise<void>
}

/** Far more webhooks than any editorial team publishes in a tolerance window; ~100 bytes each. */
export const MAX_REMEMBERED_SIGNATURES = 10_000

/** One instance's memory: bounded in count and in time. */
export function memorySeenSignatures({ max = MAX_REMEMBERED_SIGNATURES, now = Date.now } = {}): SeenSignatures {
  const seen = new LRUCache<string, true>({ max, ttlResolution: 0, perf: { now } })
  return {
    async firstUse(signature, expiresAt) {
      if (seen.has(signature)) return false
      seen.set(signature, true, { ttl: Math.max(1, expiresAt - now()) })
      return true
    },
    async release(signature) {
      seen.delete(signature)
    },
  }
}

/**
 * Shared by every instance through Redis (REDIS_URL), so a replay sent to another instance is
 * refused too: `SET NX` with the window's end as expiry is the whole record. When Redis cannot
 * answer, this instance's memory decides, so webhooks keep working during an outage; a replay
 * sent to another instance in that time is the limit of that fallback.
 */
export function redisSeenSignatures(
  url: string,
  { keyPrefix = 'cited:webhook-signature:', timeoutMs = 1000, log = console as Pick<Console, 'error'> } = {},
) {
  const local = memorySeenSignatures()
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  client.on('error', () => {}) // reported once per failed use below, not per reconnect attempt
  let connecting: Promise<unknown> | undefined
  // Reconnects go on in the background; a command while disconnected fails at once (no offline queue).
  const withinTimeout = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
    ])
  const seen: SeenSignatures & { close(): Promise<void> } = {
    async firstUse(signature, expiresAt) {
      const firstHere = await local.firstUse(signature, expiresAt)
      try {
        connecting ??= client.connect().catch(() => {})
        await withinTimeout(connecting)
        const stored = await withinTimeout(
          client.set(`${keyPrefix}${signature}`, '1', { NX: true, PXAT: Math.max(expiresAt, Date.now() + 1) }),
        )
        return stored === 'OK' && firstHere
      } catch (error) {
        log.error(
          `[revalidate] Redis at ${redactRedisUrl(url)} could not record the webhook signature; this instance's memory decides: ${String(error)}`,
        )
        return firstHere
      }
    },
    async release(signature) {
      await local.release(signature)
      await withinTimeout(client.del(`${keyPrefix}${signature}`)).catch(() => {})
    },
    async close() {
      if (client.isOpen) await client.close()
    },
  }
  return seen
}
