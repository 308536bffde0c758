import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startVarnish } from '../../scripts/varnish'
import { purgeCdn } from '../../lib/cdn/purge'

/**
 * The shipped Varnish config (deploy/varnish/site.vcl) in a real Varnish, in front of a small
 * origin on loopback whose lifetimes are seconds rather than the site's day, so that expiry,
 * stale-while-revalidate and stale-if-error can be watched happen. The site itself behind
 * Varnish: tests/pages/lake/edge.test.ts.
 */

let served = 0
let edition = 1
let down = false
const origin: Server = createServer((request, response) => {
  if (down) {
    // Up for the health probe, failing for pages: an origin whose Content Lake is gone.
    if (request.url === '/robots.txt') response.writeHead(200).end('ok')
    else response.writeHead(503, { 'cache-control': 'no-store' }).end('down')
    return
  }
  served++
  const key = request.url === '/short' ? 'post:short' : 'post:other'
  response
    .writeHead(200, {
      'content-type': 'text/html',
      'cache-control': 'public, max-age=0, s-maxage=1, stale-while-revalidate=1, stale-if-error=600',
      'surrogate-key': `site ${key}`,
    })
    .end(`edition ${edition} of ${request.url}`)
})
let varnish: Awaited<ReturnType<typeof startVarnish>>

beforeAll(async () => {
  await new Promise<void>((resolve) => origin.listen(0, '127.0.0.1', resolve))
  varnish = await startVarnish({ host: '127.0.0.1', port: (origin.address() as AddressInfo).port })
})
afterAll(async () => {
  await varnish?.close()
  await new Promise((resolve) => origin.close(resolve))
})

const read = async (pathname: string) => {
  const response = await fetch(`${varnish.origin}${pathname}`)
  return { status: response.status, body: await response.text(), cache: response.headers.get('x-cache'), headers: response.headers }
}
const quiet = { info: () => {}, error: () => {} }

describe('the shipped Varnish config', () => {
  it('keeps a page, drops exactly the pages a purge names, and sends no keys to readers', async () => {
    await read('/short')
    await read('/other')
    const held = await read('/short')
    expect(held.cache).toBe('HIT')
    expect(held.headers.get('surrogate-key')).toBeNull()
    edition = 2
    const outcome = await purgeCdn({ provider: 'varnish', purgeUrl: `${varnish.origin}/` }, ['post:short'], { log: quiet })
    expect(outcome.ok).toBe(true)
    expect((await read('/short')).body).toBe('edition 2 of /short')
    // Not named by the purge: still the edge's copy, within its lifetime.
    expect((await read('/other')).cache).toBe('HIT')
  })

  it('refuses a PURGE without keys, and does not treat it as a page request', async () => {
    const response = await fetch(`${varnish.origin}/`, { method: 'PURGE' })
    expect(response.status).toBe(400)
  })

  it('past its lifetime, with the origin failing, serves the copy it held (stale-if-error)', async () => {
    await read('/other')
    down = true
    try {
      // Past s-maxage (1 s) and stale-while-revalidate (1 s), well within stale-if-error (600 s).
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      for (let attempt = 0; attempt < 5; attempt++) {
        const answer = await read('/other')
        expect(answer.status).toBe(200)
        expect(answer.body).toMatch(/^edition \d of \/other$/)
      }
    } finally {
      down = false
    }
  })

  it('past its lifetime, with the origin up, answers with its copy once while it refreshes, then with the new page', async () => {
    // An address no other case reads, so the copy is the one fetched here.
    edition = 4
    expect((await read('/refreshed')).body).toBe('edition 4 of /refreshed')
    edition = 5
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const before = served
    expect((await read('/refreshed')).body).toBe('edition 4 of /refreshed')
    await expect.poll(() => served, { timeout: 5_000 }).toBeGreaterThan(before)
    await expect.poll(async () => (await read('/refreshed')).body, { timeout: 5_000 }).toBe('edition 5 of /refreshed')
  })
})
