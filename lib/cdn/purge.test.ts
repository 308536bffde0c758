import { afterEach, describe, expect, it } from 'vitest'
import { startCloudflareApi, startFastlyApi, type CdnPurgeApi } from '@/tests/support/cdn-purge-apis'
import { OVERFLOW_KEY } from './edge-headers.js'
import { purgeCdn, type CdnConfig } from './purge'

const quiet = { info: () => {}, error: () => {} }
const fast = { log: quiet, firstDelayMs: 5 }
const TOKEN = 'cdn-token-3f9a'

let api: CdnPurgeApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const fastly = async (): Promise<CdnConfig> => {
  api = await startFastlyApi({ serviceId: 'SU1Z0isxPaozGVKXdv0eY', token: TOKEN })
  return { provider: 'fastly', purgeUrl: api.origin, serviceId: 'SU1Z0isxPaozGVKXdv0eY', apiToken: TOKEN }
}
const cloudflare = async (): Promise<CdnConfig> => {
  api = await startCloudflareApi({ zoneId: '023e105f4ecef8ad9ca31a8372d0c353', token: TOKEN })
  return { provider: 'cloudflare', purgeUrl: api.origin, serviceId: '023e105f4ecef8ad9ca31a8372d0c353', apiToken: TOKEN }
}

describe.each([
  ['fastly', fastly],
  ['cloudflare', cloudflare],
] as const)('purging %s by tag', (_name, start) => {
  it('names the webhook’s tags (and the overflow key) in one authenticated call the API accepts', async () => {
    const config = await start()
    const outcome = await purgeCdn(config, ['post:vitamin-d', 'post-list'], fast)
    expect(outcome).toMatchObject({ ok: true, attempts: 1 })
    expect(api!.calls).toHaveLength(1)
    expect(api!.calls[0]!.status).toBe(200)
    expect(api!.calls[0]!.keys).toEqual(['post:vitamin-d', 'post-list', OVERFLOW_KEY])
  })

  it('retries a 503 with backoff and succeeds on the next attempt', async () => {
    const config = await start()
    api!.failNext(2)
    const outcome = await purgeCdn(config, ['post:vitamin-d'], fast)
    expect(outcome).toMatchObject({ ok: true, attempts: 3 })
    expect(api!.calls.map((call) => call.status)).toEqual([503, 503, 200])
  })

  it('gives up after a bounded number of attempts, reports and logs it, and never throws', async () => {
    const config = await start()
    api!.failNext(100)
    const logged: string[] = []
    const outcome = await purgeCdn(config, ['post:vitamin-d'], { ...fast, log: { info: () => {}, error: (line) => logged.push(line) } })
    expect(outcome.ok).toBe(false)
    expect(api!.calls).toHaveLength(4)
    expect(logged.join('\n')).toMatch(/purge of post:vitamin-d .*failed after 4 attempt/)
  })

  it('does not retry a refused token: the answer will not change', async () => {
    const config = await start()
    const outcome = await purgeCdn({ ...config, apiToken: 'wrong' }, ['post:vitamin-d'], fast)
    expect(outcome).toMatchObject({ ok: false, attempts: 1 })
    expect(outcome.error).toMatch(/40[13]/)
  })
})

describe('batches', () => {
  it('splits a purge of many keys into calls each API accepts (Cloudflare: 100 tags)', async () => {
    const config = await cloudflare()
    const tags = Array.from({ length: 150 }, (_, index) => `post:p${index}`)
    expect((await purgeCdn(config, tags, fast)).ok).toBe(true)
    expect(api!.calls.map((call) => call.keys.length)).toEqual([100, 51])
    expect(api!.calls.flatMap((call) => call.keys)).toEqual([...tags, OVERFLOW_KEY])
  })

  it('Fastly: up to 256 keys per call', async () => {
    const config = await fastly()
    const tags = Array.from({ length: 300 }, (_, index) => `post:p${index}`)
    expect((await purgeCdn(config, tags, fast)).ok).toBe(true)
    expect(api!.calls.map((call) => call.keys.length)).toEqual([256, 45])
  })
})

it('an unreachable CDN is retried, then reported without throwing', async () => {
  const config: CdnConfig = { provider: 'varnish', purgeUrl: 'http://127.0.0.1:9/' }
  const outcome = await purgeCdn(config, ['site'], { ...fast, attempts: 2, timeoutMs: 1_000 })
  expect(outcome).toMatchObject({ ok: false, attempts: 2 })
  expect(outcome.error).toMatch(/unreachable/)
})
