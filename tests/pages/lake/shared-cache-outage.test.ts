import path from 'node:path'
import { createClient } from '@redis/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '@/scripts/processes'
import { startRedisServer, type RedisServer } from '@/scripts/redis-server'
import { DIST_DIRS, nextStart, siteEnv } from '../global-setup'
import { publicPosts, slugOf } from '../support'
import { control, editorClient, pagesLake, sendWebhook } from './lake'

/**
 * Two more instances of the lake build, sharing a real redis-server and the stand-in Content Lake,
 * behind an imaginary load balancer: while the lake is down, the instance that did not get the
 * publish webhook must answer like the one that did.
 */
const post = publicPosts[2]!
const postPath = `/blog/${slugOf(post)}`
const change = { _id: post._id, _type: 'post', slug: slugOf(post) }

let redis: RedisServer
const instances: Record<'a' | 'b', { origin: string; stop: () => Promise<void> }> = {} as never

async function startInstance(name: 'a' | 'b') {
  const env = { ...siteEnv(DIST_DIRS.lake, pagesLake()), REDIS_URL: redis.url }
  const logPath = path.join(process.cwd(), DIST_DIRS.lake, `next-start-shared-${name}.log`)
  instances[name] = await nextStart(env, await freePort(), logPath)
}

async function get(instance: 'a' | 'b', pathname: string) {
  const response = await fetch(`${instances[instance].origin}${pathname}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text() }
}

/**
 * Sends the webhook to `instance` and waits until Redis no longer holds the page. The webhook
 * answers before Next has run the revalidations it queued (they run after the response); a
 * reader arriving in those few milliseconds is not what the test below is about.
 */
async function publishTo(instance: 'a' | 'b', pathname: string) {
  const redisClient = createClient({ url: redis.url })
  await redisClient.connect()
  const pageKeys = () => redisClient.keys(`*$${pathname}`)
  await sendWebhook(change, instances[instance].origin)
  const deadline = Date.now() + 10_000
  while ((await pageKeys()).length > 0) {
    if (Date.now() > deadline) throw new Error(`Redis still holds ${pathname} 10 s after the publish`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await redisClient.close()
}

/** Until both instances render a page that needs the lake again. */
async function recovered() {
  const deadline = Date.now() + 30_000
  for (const instance of ['a', 'b'] as const) {
    while ((await get(instance, `/search?q=recovered-${Date.now()}`)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`instance ${instance} did not recover after the lake returned`)
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
}

beforeAll(async () => {
  redis = await startRedisServer()
  await Promise.all([startInstance('a'), startInstance('b')])
}, 180_000)

afterAll(async () => {
  await Promise.all(Object.values(instances).map((instance) => instance?.stop()))
  await redis?.close()
  await editorClient().patch(post._id).set({ title: post.title }).commit()
  // The single-instance server under test has its own cache of this post.
  await sendWebhook(change)
})

describe('instances sharing Redis, the Content Lake down', () => {
  afterEach(async () => {
    await control().setFault({ kind: 'none' })
    await recovered()
  }, 60_000)

  it('the feed and the sitemap no instance has rendered yet: during an outage a 503 that says when to come back, then the real ones', async () => {
    // Feed readers and crawlers retry a 503 after Retry-After; a 500 reads as a broken site.
    await control().setFault({ kind: 'error' })
    for (const pathname of ['/feed.xml', '/sitemap.xml']) {
      const response = await fetch(`${instances.b.origin}${pathname}`)
      expect(response.status, pathname).toBe(503)
      expect(Number(response.headers.get('retry-after')), pathname).toBeGreaterThanOrEqual(1)
      expect(response.headers.get('cache-control'), pathname).toBe('no-store')
      expect(await response.text(), pathname).toMatch(/temporarily unavailable/i)
    }
    await control().setFault({ kind: 'none' })
    await recovered()
    const feed = await get('b', '/feed.xml')
    expect(feed.status).toBe(200)
    expect(feed.html).toContain('<rss')
    expect(feed.html).toContain(postPath)
    expect((await get('b', '/sitemap.xml')).html).toContain(postPath)
  }, 60_000)

  it('a prerendered page no instance has rendered yet: the first request of the outage is the designed 503, not a 500', async () => {
    // Redis starts empty: the build's copies are not shared, so each such page renders once.
    await control().setFault({ kind: 'error' })
    const first = await get('b', `/blog/${slugOf(publicPosts[3]!)}`)
    expect(first.status).toBe(503)
    expect(first.html).toContain('temporarily unavailable')
  }, 60_000)

  it('a publish sent to A only: both instances serve the copy they had while the lake is down, and the edit once it is back', async () => {
    for (const instance of ['a', 'b'] as const) expect((await get(instance, postPath)).html).toContain(String(post.title))
    const edited = `${String(post.title)} (edited before a shared outage)`
    await editorClient().patch(post._id).set({ title: edited }).commit()
    await publishTo('a', postPath)

    await control().setFault({ kind: 'error' })
    // B first: its first request of the outage is for a page only A was told had changed.
    for (const instance of ['b', 'a', 'b'] as const) {
      const during = await get(instance, postPath)
      expect(during.status, instance).toBe(200)
      expect(during.html, instance).toContain(String(post.title))
      expect(during.html, instance).not.toContain(edited)
    }
    await control().setFault({ kind: 'none' })
    await recovered()
    for (const instance of ['b', 'a'] as const) expect((await get(instance, postPath)).html, instance).toContain(edited)
  }, 90_000)
})
