import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startVarnish } from '../../scripts/varnish'
import { origin } from './support'

/**
 * The deploy config for a front proxy (deploy/varnish/site.vcl), in a real Varnish in front of
 * the server under test: it refuses what would stall Next before the site's code runs (a query
 * with thousands of parameters, docs/caching.md) and passes everything a reader sends.
 */

let varnish: Awaited<ReturnType<typeof startVarnish>>
beforeAll(async () => {
  varnish = await startVarnish({ host: '127.0.0.1', port: Number(new URL(origin()).port) })
})
afterAll(async () => {
  await varnish?.close()
})

const params = (count: number) => Array.from({ length: count }, () => 'a').join('&')
const through = (pathname: string) => fetch(`${varnish.origin}${pathname}`, { redirect: 'manual' })

describe('a front proxy with the deploy config', () => {
  it('refuses 7,000 repeated parameters (14 KB) with 414, without asking the site', async () => {
    const response = await through(`/blog?${params(7_000)}`)
    expect(response.status).toBe(414)
    expect(response.headers.get('x-varnish')).not.toBeNull()
  })

  it('refuses 101 parameters, and an address over 8 KB', async () => {
    expect((await through(`/blog?${params(101)}`)).status).toBe(414)
    expect((await through(`/blog/${'x'.repeat(8_200)}`)).status).toBe(414)
  })

  it('passes what readers send: pages, a search, up to 100 parameters', async () => {
    expect((await through('/blog')).status).toBe(200)
    const search = await through('/search?q=vitamin')
    expect(search.status).toBe(200)
    expect(await search.text()).toContain('vitamin')
    expect((await through(`/blog?${params(100)}`)).status).toBe(200)
  })
})
