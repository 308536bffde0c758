import { afterEach, describe, expect, it } from 'vitest'
import { OPEN_FOR_MS } from '@/lib/lake-availability'
import { LAKE_REQUEST_TIMEOUT_MS } from '@/lib/source/client'
import { get, publicPosts, slugOf } from '../support'
import { control } from './lake'

/** A page the build prerendered: in Next's cache before the outage. */
const cachedPage = `/blog/${slugOf(publicPosts[0]!)}`
/** Pages nothing has asked for yet: they need the lake to be drawn. */
let uncachedSerial = 0
const uncachedPage = () => `/search?q=${encodeURIComponent(`outage probe ${Date.now()} ${++uncachedSerial}`)}`

async function timed(pathname: string) {
  const started = Date.now()
  const response = await get(pathname)
  const html = await response.text()
  return { status: response.status, retryAfter: response.headers.get('retry-after'), html, ms: Date.now() - started }
}

/**
 * The first read that finds the lake gone fails inside the page render, which Next answers
 * with its 500 error page (a page cannot choose its status); from then on the breaker is open
 * and every uncached page is the designed 503 at once. `discoverOutage` makes that first read.
 */
async function discoverOutage() {
  const first = await timed(uncachedPage())
  expect([500, 503], `first read during the outage: ${first.status}`).toContain(first.status)
  // Bounded: one timeout and one retry at most, never the reader's patience.
  expect(first.ms).toBeLessThan(2 * LAKE_REQUEST_TIMEOUT_MS + 3_000)
  return first
}

async function expectDesigned503() {
  const response = await timed(uncachedPage())
  expect(response.status).toBe(503)
  expect(Number(response.retryAfter)).toBeGreaterThanOrEqual(1)
  expect(Number(response.retryAfter)).toBeLessThanOrEqual(OPEN_FOR_MS / 1000)
  expect(response.html).toContain('temporarily unavailable')
  expect(response.ms).toBeLessThan(5_000)
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
    last = (await timed(uncachedPage())).status
    if (last === 200) return
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  throw new Error(`the site did not recover within ${OPEN_FOR_MS / 1000 + 10} s of the lake returning (last status ${last})`)
}

describe('the Content Lake down or slow', () => {
  afterEach(async () => {
    await control().start()
    await control().setFault({ kind: 'none' })
  })

  it('before anything: the uncached probe page needs the lake and renders while it is up', async () => {
    expect((await timed(uncachedPage())).status).toBe(200)
    await expectCachedPageServed()
  })

  it('stopped: cached pages keep serving, uncached ones answer 503 with Retry-After, and the site recovers without a restart', async () => {
    await control().stop()
    await expectCachedPageServed()
    await discoverOutage()
    await expectDesigned503()
    await expectCachedPageServed()
    await control().start()
    await expectRecovery()
  }, 60_000)

  it('answering 500: the same', async () => {
    await control().setFault({ kind: 'error' })
    await discoverOutage()
    await expectDesigned503()
    await expectCachedPageServed()
    await control().setFault({ kind: 'none' })
    await expectRecovery()
  }, 60_000)

  it('too slow to answer: the reader is answered within the client timeout, then at once', async () => {
    await control().setFault({ kind: 'slow', ms: 4 * LAKE_REQUEST_TIMEOUT_MS })
    await discoverOutage()
    await expectDesigned503()
    await expectCachedPageServed()
    await control().setFault({ kind: 'none' })
    await expectRecovery()
  }, 90_000)
})
