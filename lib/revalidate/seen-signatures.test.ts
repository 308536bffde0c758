import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startRedisServer, type RedisServer } from '@/scripts/redis-server'
import { MAX_REMEMBERED_SIGNATURES, memorySeenSignatures, redisSeenSignatures } from './seen-signatures'

describe('signatures remembered in memory', () => {
  test('a signature is accepted once until its window ends, then forgotten', async () => {
    let now = 1_000_000
    const seen = memorySeenSignatures({ now: () => now })
    expect(await seen.firstUse('t=1,v1=a', now + 300_000)).toBe(true)
    expect(await seen.firstUse('t=1,v1=a', now + 300_000)).toBe(false)
    now += 300_001
    expect(await seen.firstUse('t=1,v1=a', now + 300_000)).toBe(true)
  })

  test('memory is bounded: past the limit the oldest signatures are dropped, never the newest', async () => {
    const seen = memorySeenSignatures({ max: 3 })
    const expiresAt = Date.now() + 300_000
    for (const signature of ['a', 'b', 'c', 'd']) expect(await seen.firstUse(signature, expiresAt)).toBe(true)
    expect(await seen.firstUse('d', expiresAt)).toBe(false)
    expect(await seen.firstUse('a', expiresAt)).toBe(true)
    expect(MAX_REMEMBERED_SIGNATURES).toBeLessThanOrEqual(10_000)
  })
})

describe('signatures shared through a real Redis', () => {
  let redis: RedisServer
  beforeAll(async () => {
    redis = await startRedisServer()
  })
  afterAll(async () => {
    await redis?.close()
  })

  test('a replay sent to another instance is refused too', async () => {
    const errors: string[] = []
    const log = { error: (line: string) => void errors.push(line) }
    const instanceA = redisSeenSignatures(redis.url, { log })
    const instanceB = redisSeenSignatures(redis.url, { log })
    const expiresAt = Date.now() + 300_000
    expect(await instanceA.firstUse('t=1,v1=shared', expiresAt)).toBe(true)
    expect(await instanceB.firstUse('t=1,v1=shared', expiresAt)).toBe(false)
    expect(await instanceB.firstUse('t=1,v1=other', expiresAt)).toBe(true)
    expect(errors).toEqual([])
    await instanceA.close()
    await instanceB.close()
  })

  test('with Redis down, each instance still refuses replays it saw, and says so in the log', async () => {
    const errors: string[] = []
    const seen = redisSeenSignatures(redis.url, { log: { error: (line: string) => void errors.push(line) }, timeoutMs: 200 })
    await redis.stop()
    try {
      const expiresAt = Date.now() + 300_000
      expect(await seen.firstUse('t=2,v1=outage', expiresAt)).toBe(true)
      expect(await seen.firstUse('t=2,v1=outage', expiresAt)).toBe(false)
      expect(errors.join('\n')).toMatch(/could not record the webhook signature/)
    } finally {
      await redis.start()
      await seen.close().catch(() => {})
    }
  })
})
