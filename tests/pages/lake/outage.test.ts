import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { LAKE_REQUEST_TIMEOUT_MS, OPEN_FOR_MS } from '@/lib/lake-availability'
import { LOOKUP_TIMEOUT_MS } from '@/lib/per-request-pages'
import { PERMISSIONS_POLICY } from '@/lib/security/headers.js'
import { get, publicPosts, slugOf } from '../support'
import { control, editorClient, sendWebhook } from './lake'

/** A page the build prerendered: in Next's cache before the outage. */
const cachedPage = `/blog/${slugOf(publicPosts[0]!)}`
/** Pages nothing has asked for yet: they need the lake to be drawn. */
let uncachedSerial = 0
const unique = () => `${Date.now()}-${++uncachedSerial}`
const uncachedSearch = () => `/search?q=${encodeURIComponent(`outage probe ${unique()}`)}`
/** A post edited and published just before an outage: its cached page is expired by the webhook. */
const editedPost = publicPosts[1]!
const editedPath = `/blog/${slugOf(editedPost)}`
const published = () => sendWebhook({ _id: editedPost._id, _type: 'post', slug: slugOf(editedPost) })
/** A post published after the build: in the lake, never asked for, so never rendered or cached. */
const newPost = { ...publicPosts[0]!, _id: 'post-outage-probe', slug: { _type: 'slug', current: 'outage-probe' }, title: 'Outage probe' }

async function timed(pathname: string) {
  const started = Date.now()
  const response = await get(pathname)
  const html = await response.text()
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    headers: response.headers,
    html,
    ms: Date.now() - started,
  }
}

/** The first request to find the lake gone waits at most for the render's own reads to give up. */
const FIRST_REQUEST = LOOKUP_TIMEOUT_MS.lakeUp + 1_000
/** Once the breaker is open, renders fail at once. */
const LATER_REQUEST = LOOKUP_TIMEOUT_MS.lakeDown + 2_000

/**
 * What a reader gets for a page that is not in the cache while the lake is down, from the very
 * first request that finds the lake gone: the designed 503 in a bounded time, never Next's 500.
 */
async function expectDesigned503({ pathname = uncachedSearch(), within = LATER_REQUEST } = {}) {
  const response = await timed(pathname)
  expect(response.status, `${pathname}: ${response.status}`).toBe(503)
  expect(Number(response.retryAfter)).toBeGreaterThanOrEqual(1)
  expect(Number(response.retryAfter)).toBeLessThanOrEqual(OPEN_FOR_MS / 1000)
  expect(response.html).toContain('temporarily unavailable')
  // The headers every page gets, once each, from the page cache's 503 (pages) and the proxy's (search) alike.
  expect(response.headers.get('permissions-policy')).toBe(PERMISSIONS_POLICY)
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.ms).toBeLessThan(within)
}

async function expectCachedPageServed() {
  const response = await timed(cachedPage)
  expect(response.status).toBe(200)
  expect(response.html).toContain(String(publicPosts[0]!.title))
}

async function expectRecovery() {
  const deadline = Date.now() + OPEN_FOR_MS + 10_000
  let last = 0
  while (Date.now() < deadline) {
    last = (await timed(uncachedSearch())).status
    if (last === 200) return
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`the site did not recover within ${OPEN_FOR_MS / 1000 + 10} s of the lake returning (last status ${last})`)
}

describe('the Content Lake down or slow', () => {
  // Every test starts with the lake up and the breaker closed, also after one that failed.
  afterEach(async () => {
    await control().start()
    await control().setFault({ kind: 'none' })
    await expectRecovery()
  })
  afterAll(async () => {
    await editorClient().delete(newPost._id)
    await editorClient().patch(editedPost._id).set({ title: editedPost.title }).commit()
    await published()
  })

  it('before anything: the uncached probe page needs the lake and renders while it is up', async () => {
    expect((await timed(uncachedSearch())).status).toBe(200)
    await expectCachedPageServed()
    await editorClient().createOrReplace(newPost)
  })

  // Each one the first request of its outage: nothing has opened the breaker yet.
  it.each([
    ['a post published after the build', () => `/blog/${newPost.slug.current}`],
    ['a post nobody has asked for', () => `/blog/never-rendered-${unique()}`],
    ['a search', uncachedSearch],
  ])(
    'the first request for %s during an outage is already the designed 503',
    async (_, pathname) => {
      await control().setFault({ kind: 'error' })
      await expectDesigned503({ pathname: pathname(), within: FIRST_REQUEST })
      await expectCachedPageServed()
      await control().setFault({ kind: 'none' })
      await expectRecovery()
    },
    60_000,
  )

  it('stopped: cached pages keep serving, uncached ones answer 503 with Retry-After, and the site recovers without a restart', async () => {
    await control().stop()
    await expectCachedPageServed()
    await expectDesigned503({ within: FIRST_REQUEST })
    await expectDesigned503()
    await expectCachedPageServed()
    await control().start()
    await expectRecovery()
  }, 60_000)

  it('answering 500: the same', async () => {
    await control().setFault({ kind: 'error' })
    await expectDesigned503({ within: FIRST_REQUEST })
    await expectDesigned503()
    await expectCachedPageServed()
    await control().setFault({ kind: 'none' })
    await expectRecovery()
  }, 60_000)

  it('too slow to answer: the reader is answered once the reads give up, then at once', async () => {
    await control().setFault({ kind: 'slow', ms: 4 * LAKE_REQUEST_TIMEOUT_MS })
    await expectDesigned503({ within: FIRST_REQUEST })
    await expectDesigned503()
    await expectCachedPageServed()
    await control().setFault({ kind: 'none' })
    await expectRecovery()
  }, 90_000)

  it('a page a publish expired just before the outage keeps serving its copy, and shows the edit once the lake is back', async () => {
    // From a known state, also when a reused build's cache holds an earlier run's edit.
    await published()
    expect((await timed(editedPath)).html).toContain(String(editedPost.title))
    const edited = `${String(editedPost.title)} (edited before an outage)`
    await editorClient().patch(editedPost._id).set({ title: edited }).commit()
    await published()

    await control().setFault({ kind: 'error' })
    // The first request renders, finds the lake gone, and is answered from the copy; later ones at once.
    for (const within of [FIRST_REQUEST, LATER_REQUEST]) {
      const response = await timed(editedPath)
      expect(response.status).toBe(200)
      expect(response.html).toContain(String(editedPost.title))
      expect(response.html).not.toContain(edited)
      expect(response.ms).toBeLessThan(within)
    }
    await control().setFault({ kind: 'none' })
    await expectRecovery()
    expect((await timed(editedPath)).html).toContain(edited)
  }, 60_000)
})
