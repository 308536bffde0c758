import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { startRedisServer, type RedisServer } from '@/scripts/redis-server'
import { createSharedCache } from './shared-cache.mjs'

/**
 * The handler two instances would each hold, against a real redis-server: what one writes the
 * other reads, a tag expired on one is expired on both, and an outage degrades to memory.
 */
let redis: RedisServer
const open: Array<ReturnType<typeof createSharedCache>> = []

beforeAll(async () => {
  redis = await startRedisServer()
})
afterAll(async () => {
  await redis?.close()
})
afterEach(async () => {
  await Promise.all(open.splice(0).map((cache) => cache.close()))
})

const lines: string[] = []
const log = { info: (line: string) => lines.push(`info ${line}`), error: (line: string) => lines.push(`error ${line}`) }

async function instance(keyPrefix: string) {
  const cache = createSharedCache({ url: redis.url, keyPrefix, timeoutMs: 500, log })
  open.push(cache)
  await until(() => cache.isShared())
  return cache
}

async function until(condition: () => boolean | Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const entry = (title: string, tags: string[]) => ({
  lastModified: Date.now(),
  lifespan: null,
  tags,
  value: {
    kind: 'FETCH' as const,
    data: { headers: {}, body: JSON.stringify({ title }), status: 200, url: '' },
    revalidate: false as const,
  },
})
const read = async (cache: ReturnType<typeof createSharedCache>, key: string) => {
  const hit = await cache.get(key, { implicitTags: [] })
  return hit ? JSON.parse((hit.value as { data: { body: string } }).data.body).title : null
}

describe('shared cache over a real Redis', () => {
  test('an entry written by one instance is read by another, and a tag expired on either is gone for both', async () => {
    const prefix = `t1-${Date.now()}:`
    const [a, b] = [await instance(prefix), await instance(prefix)]
    await a.set('post-a', entry('First title', ['post:a', 'post-list']) as never, {})
    expect(await read(b, 'post-a')).toBe('First title')

    await b.revalidateTag('post:a')
    expect(await read(a, 'post-a')).toBeNull()
    expect(await read(b, 'post-a')).toBeNull()
  })

  test('Redis down: answers from memory, logs once; back: a tag expired during the outage stays expired everywhere', async () => {
    const prefix = `t2-${Date.now()}:`
    const [a, b] = [await instance(prefix), await instance(prefix)]
    await a.set('post-a', entry('Before the outage', ['post:a']) as never, {})
    expect(await read(b, 'post-a')).toBe('Before the outage')
    lines.length = 0

    await redis.stop({ keepData: true })
    await until(() => !a.isShared() && !b.isShared())
    // Memory starts empty (it cannot know what was expired elsewhere), and fills as pages render.
    expect(await read(a, 'post-a')).toBeNull()
    await a.set('post-a', entry('Rendered during the outage', ['post:a']) as never, {})
    for (let request = 0; request < 20; request += 1) expect(await read(a, 'post-a')).toBe('Rendered during the outage')
    // An editor publishes; the webhook reaches A while Redis is down.
    await a.revalidateTag('post:a')
    expect(await read(a, 'post-a')).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 1_500)) // several reconnect attempts
    expect(
      lines.filter((line) => line.startsWith('error')),
      lines.join('\n'),
    ).toHaveLength(2) // one per instance
    expect(lines[0]).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable .*serving from this instance's memory/)

    await redis.start()
    await until(() => a.isShared() && b.isShared())
    // Redis kept the pre-outage entry on disk; A's replayed expiry removed it for B too.
    expect(await read(b, 'post-a')).toBeNull()
    expect(lines.filter((line) => /is back|again/.test(line))).toHaveLength(2)
    await b.set('post-a', entry('After the outage', ['post:a']) as never, {})
    expect(await read(a, 'post-a')).toBe('After the outage')
  }, 60_000)
})
