import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { NEXT_BIN, childEnv, startServer, type StartedServer } from '@/bench/support'
import { freePort } from '@/scripts/processes'
import { startRedisServer, type RedisServer } from '@/scripts/redis-server'
import { DEMO_DATASET, signedWebhook } from '../workflow/support'

/**
 * Two production instances of one build (the page tests' `.next-test`, built by their global
 * setup) behind an imaginary load balancer, sharing a real redis-server. Each reads its own copy
 * of the same local dataset, as each server of a Content Lake site would read the same project.
 */
const SECRET = 'scale-out-webhook-secret'
const DIST_DIR = '.next-test'

let redis: RedisServer
let datasetFile = ''
let folder = ''
const instances: Record<'a' | 'b', StartedServer & { origin: string }> = {} as never
let posts: { _id: string; title: string; slug: string; publishedAt: string }[] = []

async function startInstance() {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], `${origin}/robots.txt`, {
    env: childEnv({
      NEXT_DIST_DIR: DIST_DIR,
      REDIS_URL: redis.url,
      SANITY_LOCAL_DATASET: datasetFile,
      SANITY_REVALIDATE_SECRET: SECRET,
      NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
    }),
  })
  return Object.assign(server, { origin })
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'scale-out-dataset-'))
  await cp(path.dirname(DEMO_DATASET), folder, { recursive: true })
  datasetFile = path.join(folder, 'data.ndjson')
  posts = (await readFile(datasetFile, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.') && doc.slug?.current && doc.publishedAt)
    .map((doc) => ({ _id: doc._id, title: doc.title, slug: doc.slug.current, publishedAt: doc.publishedAt }))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  redis = await startRedisServer()
  ;[instances.a, instances.b] = await Promise.all([startInstance(), startInstance()])
}, 180_000)

afterAll(async () => {
  await Promise.all(Object.values(instances).map((server) => server?.stop()))
  await redis?.close()
  if (folder) await rm(folder, { recursive: true, force: true })
})

const decode = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

async function get(instance: 'a' | 'b', pathname: string) {
  const response = await fetch(`${instances[instance].origin}${pathname}`, { redirect: 'manual' })
  return { status: response.status, html: decode(await response.text()), cache: response.headers.get('x-nextjs-cache') }
}

async function retitle(id: string, title: string) {
  const lines = (await readFile(datasetFile, 'utf8')).split('\n').map((line) => {
    if (!line.trim()) return line
    const doc = JSON.parse(line)
    return doc._id === id ? JSON.stringify({ ...doc, title }) : line
  })
  await writeFile(datasetFile, lines.join('\n'))
}

async function publish(instance: 'a' | 'b', post: { _id: string; slug: string }) {
  const body = { _id: post._id, _type: 'post', slug: post.slug, previousSlug: post.slug }
  const response = await fetch(await signedWebhook(body, { secret: SECRET, url: `${instances[instance].origin}/api/revalidate` }))
  expect(response.status).toBe(200)
  return (await response.json()) as { revalidated: string[] }
}

const cacheLines = (instance: 'a' | 'b', pattern: RegExp) =>
  instances[instance]
    .output()
    .split('\n')
    .filter((line) => pattern.test(line))

describe('two instances sharing Redis', () => {
  test('a page rendered by A is served by B from the shared cache; a webhook to A reaches readers on B at once', async () => {
    const post = posts[0]!
    const pathname = `/blog/${post.slug}`
    const first = await get('a', pathname)
    expect(first.status).toBe(200)
    expect(first.html).toContain(post.title)
    // B has never rendered this page: a HIT means it came from Redis.
    const onB = await get('b', pathname)
    expect(onB.status).toBe(200)
    expect(onB.cache).toBe('HIT')
    expect(onB.html).toContain(post.title)

    expect((await get('a', '/blog')).html).toContain(post.title)
    expect((await get('b', '/blog')).cache).toBe('HIT')

    // No hyphen: the site keeps hyphenated words whole with markup, which a raw-HTML match would not see.
    const newTitle = `Shared cache edit ${Date.now()}`
    await retitle(post._id, newTitle)
    // Both keep serving the cached page until the webhook says it changed.
    for (const instance of ['a', 'b'] as const) expect((await get(instance, pathname)).html).not.toContain(newTitle)

    expect((await publish('a', post)).revalidated).toEqual([`post:${post.slug}`, 'post-list'])
    const next = await get('b', pathname)
    expect(next.status).toBe(200)
    expect(next.html).toContain(newTitle)
    expect((await get('b', '/blog')).html).toContain(newTitle)
    // And B's render is what A now serves, from Redis.
    const backOnA = await get('a', pathname)
    expect(backOnA.cache).toBe('HIT')
    expect(backOnA.html).toContain(newTitle)
    expect(cacheLines('a', /\[cache\] sharing pages and data through Redis/)).toHaveLength(1)
  }, 120_000)

  test('Redis stopped: both instances keep answering 200, log it once, and share again after Redis restarts', async () => {
    const [post, other] = [posts[1]!, posts[2]!]
    const pages = ['/', '/blog', `/blog/${post.slug}`, `/blog/${other.slug}`]
    for (const pathname of pages) expect((await get('a', pathname)).status).toBe(200)

    await redis.stop()
    for (let round = 0; round < 3; round += 1) {
      for (const instance of ['a', 'b'] as const) {
        for (const pathname of pages) expect((await get(instance, pathname)).status, `${instance} ${pathname} round ${round}`).toBe(200)
      }
    }
    // A publish during the outage still reaches readers of the instance that got the webhook.
    const outageTitle = `Edited while Redis was down ${Date.now()}`
    await retitle(post._id, outageTitle)
    await publish('a', post)
    expect((await get('a', `/blog/${post.slug}`)).html).toContain(outageTitle)
    for (const instance of ['a', 'b'] as const) {
      expect(cacheLines(instance, /\[cache\] Redis at .* is unreachable/), instances[instance].output().slice(-3000)).toHaveLength(1)
    }

    await redis.start()
    const deadline = Date.now() + 20_000
    while (cacheLines('a', /through Redis .* again/).length + cacheLines('b', /through Redis .* again/).length < 2) {
      if (Date.now() > deadline)
        throw new Error(`instances did not rejoin Redis:\n${instances.a.output().slice(-2000)}\n${instances.b.output().slice(-2000)}`)
      // Traffic keeps flowing while they reconnect.
      for (const instance of ['a', 'b'] as const) expect((await get(instance, '/')).status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }

    // Shared again: a page rendered by B is a HIT on A, and a publish to B reaches A.
    const otherPath = `/blog/${other.slug}`
    expect((await get('b', otherPath)).status).toBe(200)
    expect((await get('a', otherPath)).cache).toBe('HIT')
    const afterTitle = `Edited after Redis returned ${Date.now()}`
    await retitle(other._id, afterTitle)
    await publish('b', other)
    expect((await get('a', otherPath)).html).toContain(afterTitle)
  }, 180_000)
})
