import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../../scripts/processes'
import { startVarnish } from '../../../scripts/varnish'
import { DIST_DIRS, nextStart, siteEnv } from '../global-setup'
import { demoDocuments, publicPosts, slugOf, type Doc } from '../support'
import { editorClient, pagesLake, sendWebhook } from './lake'

/**
 * The edge: the shipped Varnish config (deploy/varnish/site.vcl) in a real Varnish in front of
 * its own `next start` on the lake build, that server configured to purge it
 * (CDN_PROVIDER=varnish). Edits go to the stand-in Content Lake and the signed webhook to that
 * server, as in production; every read below goes through Varnish.
 */

let varnish: Awaited<ReturnType<typeof startVarnish>>
let site: Awaited<ReturnType<typeof nextStart>>
let siteLog: string

beforeAll(async () => {
  const port = await freePort()
  varnish = await startVarnish({ host: '127.0.0.1', port })
  const distDir = DIST_DIRS.lake
  siteLog = path.join(process.cwd(), distDir, 'next-start-edge.log')
  site = await nextStart({ ...siteEnv(distDir, pagesLake()), CDN_PROVIDER: 'varnish', CDN_PURGE_URL: `${varnish.origin}/` }, port, siteLog)
})
afterAll(async () => {
  await site?.stop()
  await varnish?.close()
})

/**
 * The webhook to the site, and then its purge of the edge: the site purges after it has answered
 * (lib/cdn/purge.ts, logging "[cdn] varnish purged …"), so a purge still on its way could
 * otherwise empty the edge in the middle of the next step.
 */
async function webhookAndPurge(doc: { _id: string; _type: string; slug?: string }) {
  const purges = () => readFileSync(siteLog, 'utf8').split('[cdn] varnish purged').length
  const before = purges()
  await sendWebhook(doc, site.origin)
  const deadline = Date.now() + 5_000
  while (purges() === before) {
    if (Date.now() > deadline) throw new Error(`no purge of the edge within 5 s of the webhook for ${doc._id}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const edge = (pathname: string) => fetch(`${varnish.origin}${pathname}`, { redirect: 'manual' })

/** Reads `pathname` at the edge until `done` holds, and how long that took; fails past `withinMs`. */
async function edgeUntil(pathname: string, done: (response: Response, body: string) => boolean, withinMs: number) {
  const started = performance.now()
  for (;;) {
    const response = await edge(pathname)
    if (done(response, await response.text())) return performance.now() - started
    if (performance.now() - started > withinMs) throw new Error(`${pathname} at the edge did not change within ${withinMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * Reads until the answer is the edge's own copy, and fails if it never is. More than two reads
 * only when an earlier webhook's purge, sent after its response, lands between them.
 */
async function heldAtEdge(pathname: string) {
  const started = performance.now()
  for (;;) {
    const response = await edge(pathname)
    const body = await response.text()
    if (response.headers.get('x-cache') === 'HIT') return { status: response.status, body }
    if (performance.now() - started > 5_000)
      throw new Error(`${pathname}: the edge never answered from its copy (X-Cache ${response.headers.get('x-cache')})`)
  }
}

const citation = demoDocuments.find((doc) => doc._id === 'citation-pmc-k2-calcium-use')!
const refersTo = (doc: Doc, id: string): boolean => JSON.stringify(doc).includes(`"_ref":"${id}"`)
const citingPosts = publicPosts.filter((post) => refersTo(post, citation._id)).map((post) => `/blog/${slugOf(post)}`)

describe('a CDN (Varnish) in front, purged by tag', () => {
  it('pages carry their cache tags as surrogate keys; the edge keeps them and does not pass the keys on', async () => {
    const [first] = citingPosts
    const atOrigin = await fetch(`${site.origin}${first}`)
    expect(atOrigin.headers.get('surrogate-key')?.split(' ')).toEqual(
      expect.arrayContaining(['site', 'post-list', `post:${first!.slice(6)}`]),
    )
    expect(atOrigin.headers.get('cache-tag')).toBe(atOrigin.headers.get('surrogate-key')!.replaceAll(' ', ','))
    expect(atOrigin.headers.get('cache-control')).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+/)
    const held = await edge(first!)
    expect(held.headers.get('surrogate-key')).toBeNull()
    expect(held.headers.get('cache-tag')).toBeNull()
  })

  it('an edited citation reaches every post citing it at the edge within 2 s of the webhook', async () => {
    expect(citingPosts.length).toBeGreaterThanOrEqual(2)
    // From a known state, also when a reused build's cache on disk holds an earlier run's edit.
    await webhookAndPurge({ _id: citation._id, _type: 'citation' })
    for (const post of citingPosts) expect((await heldAtEdge(post)).body).toContain(String(citation.title).slice(0, 30))
    const edited = `Calcium edited at ${Date.now()}`
    await editorClient().patch(citation._id).set({ title: edited }).commit()
    try {
      // Published in the lake, but the edge holds its copies until the webhook.
      expect((await heldAtEdge(citingPosts[0]!)).body).not.toContain(edited)
      await sendWebhook({ _id: citation._id, _type: 'citation' }, site.origin)
      const took = await Promise.all(citingPosts.map((post) => edgeUntil(post, (_, body) => body.includes(edited), 2_000)))
      expect(Math.max(...took)).toBeLessThan(2_000)
    } finally {
      await editorClient().patch(citation._id).set({ title: citation.title }).commit()
      await webhookAndPurge({ _id: citation._id, _type: 'citation' })
      await sendWebhook({ _id: citation._id, _type: 'citation' })
      // Rendered again now, so the build's disk cache, which the other tests' server reads too, holds no edit.
      for (const post of citingPosts) await (await fetch(`${site.origin}${post}`)).arrayBuffer()
    }
  }, 60_000)

  it('an unknown post published later is not stuck behind the 404 the edge held', async () => {
    const template = publicPosts[0]!
    const slug = `edge-late-post-${Date.now()}`
    const address = `/blog/${slug}`
    const missing = await heldAtEdge(address)
    expect(missing.status).toBe(404)

    const { _rev: _unused, ...fields } = template
    const post = { ...fields, _id: `post-${slug}`, slug: { _type: 'slug', current: slug }, title: 'Published after a reader asked' }
    await editorClient().create(post)
    try {
      await sendWebhook({ _id: post._id, _type: 'post', slug }, site.origin)
      const took = await edgeUntil(address, (response, body) => response.status === 200 && body.includes(post.title), 2_000)
      expect(took).toBeLessThan(2_000)
    } finally {
      await editorClient().delete(post._id)
      await webhookAndPurge({ _id: post._id, _type: 'post', slug })
      await sendWebhook({ _id: post._id, _type: 'post', slug })
      await (await fetch(`${site.origin}${address}`)).arrayBuffer()
    }
  }, 60_000)

  it('with the site stopped, the edge serves every page it held', async () => {
    const pages = ['/', '/blog', '/blog/page/2', '/feed.xml', '/authors', ...publicPosts.slice(0, 8).map((post) => `/blog/${slugOf(post)}`)]
    const held = new Map<string, string>()
    for (const pathname of pages) {
      const copy = await heldAtEdge(pathname)
      expect(copy.status, pathname).toBe(200)
      held.set(pathname, copy.body)
    }
    await site.stop()
    await expect(fetch(`${site.origin}/robots.txt`)).rejects.toThrow()
    for (const pathname of pages) {
      const response = await edge(pathname)
      expect(response.status, pathname).toBe(200)
      expect(await response.text(), pathname).toBe(held.get(pathname))
    }
  }, 60_000)
})
