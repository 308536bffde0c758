import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { createRevalidateHandler, MAX_BODY_BYTES, SIGNATURE_TOLERANCE_MS } from '@/lib/revalidate/handler'
import { REFERRERS_QUERY, referrersSchema } from '@/lib/revalidate/webhook'
import type { SanityDocument } from '@/lib/source/dataset-file'
import { createLocalSource } from '@/lib/source/local'
import { DEMO_DATASET, isPublished, loadDemoDocuments, refersTo, signedWebhook, slugOf } from './support'

const SECRET = 'webhook-test-secret'

/** The real handler with a real local source for the references lookup; only `revalidateTag` is replaced by a recorder. */
function setup(options: { secret?: string | undefined; datasetPath?: string } = {}) {
  const secret = 'secret' in options ? options.secret : SECRET
  const datasetPath = options.datasetPath ?? DEMO_DATASET
  const revalidated: string[] = []
  const purged: string[][] = []
  const logged: string[] = []
  const source = createLocalSource(datasetPath)
  const POST = createRevalidateHandler({
    secret,
    revalidate: (tag) => revalidated.push(tag),
    purgeCdn: (tags) => purged.push(tags),
    findReferrers: async (id) => referrersSchema.parse(await source.fetch({ query: REFERRERS_QUERY, params: { id } })),
    log: { error: (line: string) => logged.push(line), info: () => {} },
  })
  return { POST, revalidated, purged, logged }
}

let documents: SanityDocument[]
const published = (type: string) => documents.filter((doc) => doc._type === type && isPublished(doc))
const postSlugsReferencing = (id: string) =>
  published('post')
    .filter((post) => refersTo(post, id))
    .map((post) => `post:${slugOf(post)}`)
    .sort()

beforeAll(async () => {
  documents = await loadDemoDocuments()
})

async function send(body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const harness = setup()
  const response = await harness.POST(await signedWebhook(body, { secret: options.secret ?? SECRET, timestamp: options.timestamp }))
  return { ...harness, response, json: response.ok ? await response.json() : undefined }
}

describe('a signed webhook revalidates exactly what the change touches', () => {
  test('a post: its page and every list', async () => {
    const post = published('post')[0]!
    const { response, revalidated, json } = await send({ _id: post._id, _type: 'post', slug: slugOf(post) })
    expect(response.status).toBe(200)
    expect(revalidated).toEqual([`post:${slugOf(post)}`, 'post-list'])
    expect(json.revalidated).toEqual(revalidated)
  })

  test('the CDN in front is purged of the same tags, once, after they are expired; nothing to purge, no purge', async () => {
    const post = published('post')[0]!
    const { revalidated, purged } = await send({ _id: post._id, _type: 'post', slug: slugOf(post) })
    expect(purged).toEqual([revalidated])
    expect((await send({ _id: 'drafts.x', _type: 'post', slug: 'x' })).purged).toEqual([])
  })

  test('a post whose slug changed: the old address and the new one', async () => {
    const post = published('post')[0]!
    const { revalidated } = await send({ _id: post._id, _type: 'post', slug: 'a-new-slug', previousSlug: slugOf(post) })
    expect(revalidated).toEqual(['post:a-new-slug', `post:${slugOf(post)}`, 'post-list'])
  })

  test('a citation: every post that cites it, nothing else', async () => {
    // The most-cited citation, so the test proves the fan-out reaches several posts.
    const citation = published('citation').sort((a, b) => postSlugsReferencing(b._id).length - postSlugsReferencing(a._id).length)[0]!
    const expected = postSlugsReferencing(citation._id)
    expect(expected.length).toBeGreaterThan(0)
    const { revalidated } = await send({ _id: citation._id, _type: 'citation' })
    expect([...revalidated].sort()).toEqual(expected)
  })

  test('a citation’s health record (sources:check): every post that cites that citation', async () => {
    const citation = published('citation').sort((a, b) => postSlugsReferencing(b._id).length - postSlugsReferencing(a._id).length)[0]!
    const expected = postSlugsReferencing(citation._id)
    expect(expected.length).toBeGreaterThan(1)
    const { revalidated } = await send({ _id: `sourceHealth-${citation._id}`, _type: 'sourceHealth' })
    expect([...revalidated].sort()).toEqual(expected)
  })

  test('a citation nobody cites touches nothing', async () => {
    const { revalidated, response } = await send({ _id: 'citation-nobody-cites-this', _type: 'citation' })
    expect(response.status).toBe(200)
    expect(revalidated).toEqual([])
  })

  test('the site default disclaimer: the whole site', async () => {
    const settings = documents.find((doc) => doc._id === 'siteSettings')!
    const defaultId = (settings.defaultDisclaimer as { _ref: string })._ref
    const { revalidated } = await send({ _id: defaultId, _type: 'disclaimer' })
    expect([...revalidated].sort()).toEqual([...postSlugsReferencing(defaultId), 'site'].sort())
  })

  test('another disclaimer: only the posts that carry it', async () => {
    const settings = documents.find((doc) => doc._id === 'siteSettings')!
    const defaultId = (settings.defaultDisclaimer as { _ref: string })._ref
    const other = published('disclaimer').find((doc) => doc._id !== defaultId)!
    const expected = postSlugsReferencing(other._id)
    expect(expected.length).toBeGreaterThan(0)
    const { revalidated } = await send({ _id: other._id, _type: 'disclaimer' })
    expect([...revalidated].sort()).toEqual(expected)
    expect(revalidated).not.toContain('site')
  })

  test('a category: its pages and the lists (posts show category names)', async () => {
    const category = published('category')[0]!
    const { revalidated } = await send({ _id: category._id, _type: 'category', slug: slugOf(category) })
    expect(revalidated).toEqual([`category:${slugOf(category)}`, 'post-list'])
  })

  test('an author: their posts, their page, /authors and the lists', async () => {
    const author = published('author').find((doc) => postSlugsReferencing(doc._id).length > 0)!
    const { revalidated } = await send({ _id: author._id, _type: 'author', slug: slugOf(author) })
    const pages = [`author:${slugOf(author)}`, 'authors', 'post-list']
    expect(revalidated.filter((tag) => !pages.includes(tag)).sort()).toEqual(postSlugsReferencing(author._id))
    expect(revalidated.slice(-3)).toEqual(pages)
  })

  test('a reviewer: every post they reviewed, though they wrote none', async () => {
    const reviewer = published('author').find((doc) => doc._id === 'author-amara-nwosu')!
    const reviewed = published('post')
      .filter((post) => (post.reviewedBy as { _ref?: string } | undefined)?._ref === reviewer._id)
      .map((post) => `post:${slugOf(post)}`)
    expect(published('post').some((post) => (post.author as { _ref: string })._ref === reviewer._id)).toBe(false)
    expect(reviewed.length).toBeGreaterThan(5)
    const { revalidated } = await send({ _id: reviewer._id, _type: 'author', slug: slugOf(reviewer) })
    expect(revalidated.filter((tag) => tag.startsWith('post:')).sort()).toEqual(reviewed.sort())
    expect(revalidated).toContain('author:amara-nwosu')
  })

  test('site settings: everything', async () => {
    const { revalidated } = await send({ _id: 'siteSettings', _type: 'siteSettings' })
    expect(revalidated).toEqual(['site'])
  })

  test('a draft edit touches nothing cached (drafts never reach public pages)', async () => {
    const draft = documents.find((doc) => doc._id.startsWith('drafts.'))!
    const { revalidated, response } = await send({ _id: draft._id, _type: draft._type, slug: slugOf(draft) })
    expect(response.status).toBe(200)
    expect(revalidated).toEqual([])
  })

  test('a deleted citation still reaches the posts that referenced it', async () => {
    const citation = published('citation').find((doc) => postSlugsReferencing(doc._id).length > 0)!
    const folder = await mkdtemp(path.join(os.tmpdir(), 'revalidate-delete-'))
    const datasetPath = path.join(folder, 'data.ndjson')
    const remaining = documents.filter((doc) => doc._id !== citation._id && !doc._type.startsWith('sanity.'))
    await writeFile(datasetPath, remaining.map((doc) => JSON.stringify(doc)).join('\n'))
    const { POST, revalidated } = setup({ datasetPath })
    const response = await POST(await signedWebhook({ _id: citation._id, _type: 'citation' }, { secret: SECRET }))
    expect(response.status).toBe(200)
    expect([...revalidated].sort()).toEqual(postSlugsReferencing(citation._id))
  })
})

describe('a request that is not a genuine, fresh webhook revalidates nothing', () => {
  const body = { _id: 'siteSettings', _type: 'siteSettings' }

  test('unsigned → 401', async () => {
    const { POST, revalidated } = setup()
    const response = await POST(new Request('http://localhost/api/revalidate', { method: 'POST', body: JSON.stringify(body) }))
    expect(response.status).toBe(401)
    expect(revalidated).toEqual([])
  })

  test('an oversized body → 413, read no further than the limit', async () => {
    const { POST, revalidated } = setup()
    const huge = JSON.stringify({ ...body, padding: 'x'.repeat(MAX_BODY_BYTES) })
    const signed = await signedWebhook(huge, { secret: SECRET })
    expect((await POST(signed)).status).toBe(413)
    // A sender that lies about the length (or streams without one) is cut off the same way.
    const streamed = new Request('http://localhost/api/revalidate', {
      method: 'POST',
      headers: { 'sanity-webhook-signature': signed.headers.get('sanity-webhook-signature')! },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(8 * 1024).fill(32))
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect((await POST(streamed)).status).toBe(413)
    expect(revalidated).toEqual([])
  })

  test('a body that is not UTF-8 → 400', async () => {
    const { POST, revalidated } = setup()
    const signed = await signedWebhook(body, { secret: SECRET })
    const latin1 = new Uint8Array([0x7b, 0x22, 0x5f, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xe9, 0xff, 0x22, 0x7d]) // {"_id":"\xe9\xff"}
    const response = await POST(new Request(signed.url, { method: 'POST', headers: signed.headers, body: latin1 }))
    expect(response.status).toBe(400)
    expect(revalidated).toEqual([])
  })

  test('signed with another secret → 401', async () => {
    const { response, revalidated } = await send(body, { secret: 'not-the-secret' })
    expect(response.status).toBe(401)
    expect(revalidated).toEqual([])
  })

  test('body changed after signing → 401', async () => {
    const { POST, revalidated } = setup()
    const signed = await signedWebhook(body, { secret: SECRET })
    const tampered = new Request(signed.url, { method: 'POST', headers: signed.headers, body: JSON.stringify({ ...body, _id: 'x' }) })
    const response = await POST(tampered)
    expect(response.status).toBe(401)
    expect(revalidated).toEqual([])
  })

  test('correctly signed but stale (a replay) → 401', async () => {
    const { response, revalidated } = await send(body, { timestamp: Date.now() - SIGNATURE_TOLERANCE_MS - 60_000 })
    expect(response.status).toBe(401)
    expect(await response.text()).toMatch(/timestamp/i)
    expect(revalidated).toEqual([])
  })

  test('correctly signed, timestamp far in the future → 401', async () => {
    const { response, revalidated } = await send(body, { timestamp: Date.now() + SIGNATURE_TOLERANCE_MS + 60_000 })
    expect(response.status).toBe(401)
    expect(revalidated).toEqual([])
  })

  test('a timestamp a little old (clock skew, delivery retry) is still accepted', async () => {
    const { response, revalidated } = await send(body, { timestamp: Date.now() - 60_000 })
    expect(response.status).toBe(200)
    expect(revalidated).toEqual(['site'])
  })

  test('the same signed delivery sent again inside its window (a replay) → 409, revalidates nothing', async () => {
    const { POST, revalidated } = setup()
    const delivery = await signedWebhook(body, { secret: SECRET })
    const replay = () => delivery.clone()
    expect((await POST(replay())).status).toBe(200)
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await POST(replay())
      expect(response.status).toBe(409)
      expect(await response.text()).toMatch(/already processed/)
    }
    expect(revalidated).toEqual(['site'])
    // A new delivery of the same change (Sanity signs each one afresh) is processed.
    expect((await POST(await signedWebhook(body, { secret: SECRET, timestamp: Date.now() + 1 }))).status).toBe(200)
    expect(revalidated).toEqual(['site', 'site'])
  })

  test('a delivery that failed before revalidating is processed when Sanity retries it', async () => {
    let lookups = 0
    const revalidated: string[] = []
    const POST = createRevalidateHandler({
      secret: SECRET,
      revalidate: (tag) => revalidated.push(tag),
      findReferrers: async () => {
        if (++lookups === 1) throw new Error('Content Lake unavailable')
        return { postSlugs: ['a-post'], isSiteDefault: false }
      },
      log: { error: () => {}, info: () => {} },
    })
    const delivery = await signedWebhook({ _id: 'citation-x', _type: 'citation' }, { secret: SECRET })
    await expect(POST(delivery.clone())).rejects.toThrow(/unavailable/)
    expect((await POST(delivery.clone())).status).toBe(200)
    expect(revalidated).toEqual(['post:a-post'])
    expect((await POST(delivery.clone())).status).toBe(409)
  })

  test('malformed JSON, correctly signed → 400', async () => {
    const { response, revalidated } = await send('{"_id": "siteSettings", ')
    expect(response.status).toBe(400)
    expect(revalidated).toEqual([])
  })

  test('malformed JSON with a bad signature → 401 (the body is not even looked at)', async () => {
    const { response, revalidated } = await send('{"_id": ', { secret: 'not-the-secret' })
    expect(response.status).toBe(401)
    expect(revalidated).toEqual([])
  })

  test('valid JSON that is not the projection → 400', async () => {
    for (const wrong of [{ _id: 'siteSettings' }, [], { _type: 'post' }, 'null']) {
      const { response, revalidated } = await send(wrong)
      expect(response.status).toBe(400)
      expect(revalidated).toEqual([])
    }
  })

  test('no secret configured on the server → 500 and a log line naming the variable', async () => {
    const { POST, revalidated, logged } = setup({ secret: undefined })
    const response = await POST(await signedWebhook(body, { secret: SECRET }))
    expect(response.status).toBe(500)
    expect(logged.join('\n')).toContain('SANITY_REVALIDATE_SECRET')
    expect(revalidated).toEqual([])
  })
})

describe('with a Content Lake, nothing expires before the change is readable', () => {
  /** A route whose reads show `revisions` one after another (the last one from then on), recording what happened in order. */
  function lakeRoute(revisions: (string | null | Error)[]) {
    const events: string[] = []
    let reads = 0
    const POST = createRevalidateHandler({
      secret: SECRET,
      revalidate: (tag) => events.push(`expire ${tag}`),
      findReferrers: async () => {
        events.push('referrers')
        return { postSlugs: ['citing-post'], isSiteDefault: false }
      },
      readRevision: async () => {
        const revision = revisions[Math.min(reads++, revisions.length - 1)]!
        events.push(`read ${revision instanceof Error ? 'failed' : revision}`)
        if (revision instanceof Error) throw revision
        return revision
      },
      log: { error: () => {}, info: () => {} },
    })
    return { POST, events }
  }

  test('an edit: the route reads until the new revision shows, then looks up referrers and expires', async () => {
    const { POST, events } = lakeRoute(['rev-1', 'rev-1', 'rev-2'])
    const response = await POST(await signedWebhook({ _id: 'citation-x', _type: 'citation', rev: 'rev-2' }, { secret: SECRET }))
    expect(response.status).toBe(200)
    expect(events).toEqual(['read rev-1', 'read rev-1', 'read rev-2', 'referrers', 'expire post:citing-post'])
  })

  test('a delete (no revision after it): the route waits until the document is gone', async () => {
    const { POST, events } = lakeRoute(['rev-1', null])
    const response = await POST(await signedWebhook({ _id: 'citation-x', _type: 'citation', rev: null }, { secret: SECRET }))
    expect(response.status).toBe(200)
    expect(events).toEqual(['read rev-1', 'read null', 'referrers', 'expire post:citing-post'])
  })

  test('a read that fails (the lake unreachable for a moment) is waited out like a stale one', async () => {
    const { POST, events } = lakeRoute([new Error('socket hang up'), 'rev-2'])
    const response = await POST(await signedWebhook({ _id: 'citation-x', _type: 'citation', rev: 'rev-2' }, { secret: SECRET }))
    expect(response.status).toBe(200)
    expect(events).toEqual(['read failed', 'read rev-2', 'referrers', 'expire post:citing-post'])
  })

  test('a draft changes nothing cached: nothing is read or waited for', async () => {
    const { POST, events } = lakeRoute(['rev-1'])
    const response = await POST(await signedWebhook({ _id: 'drafts.citation-x', _type: 'citation', rev: 'rev-2' }, { secret: SECRET }))
    expect(response.status).toBe(200)
    expect(events).toEqual([])
  })
})

describe('the /api/revalidate route as deployed', () => {
  test('uses the configured secret and source, and expires tags immediately', async () => {
    const calls: unknown[][] = []
    vi.resetModules()
    vi.doMock('next/cache', async (importOriginal) => ({
      ...(await importOriginal<typeof import('next/cache')>()),
      revalidateTag: (...args: unknown[]) => calls.push(args),
    }))
    // The route's source is the environment's: with no project configured, the demo dataset.
    vi.stubEnv('SANITY_REVALIDATE_SECRET', SECRET)
    try {
      const { POST } = await import('@/app/api/revalidate/route')
      const citation = published('citation').find((doc) => postSlugsReferencing(doc._id).length > 0)!
      const response = await POST(await signedWebhook({ _id: citation._id, _type: 'citation' }, { secret: SECRET }))
      expect(response.status).toBe(200)
      expect(calls.map(([tag]) => tag).sort()).toEqual(postSlugsReferencing(citation._id))
      expect(calls.every(([, profile]) => JSON.stringify(profile) === '{"expire":0}')).toBe(true)
    } finally {
      vi.unstubAllEnvs()
      vi.doUnmock('next/cache')
      vi.resetModules()
    }
  })
})
