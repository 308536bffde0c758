import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { checkSources, type CheckOptions, type CitationToCheck, type SourceResult } from '@/lib/sources-health/check'
import { startCitedSites } from './cited-sites'

/** Every status the checker records, proved with real HTTP against servers on loopback. */

let sites: Awaited<ReturnType<typeof startCitedSites>>
beforeAll(async () => {
  sites = await startCitedSites()
})
afterAll(() => sites.close())

const NOW = new Date('2026-11-20T06:00:00Z')
const options = (): CheckOptions => ({
  userAgent: 'CitedSourcesCheck/1.0 (+https://cited.example; test)',
  allowPrivateHosts: true, // the stand-in sites are on 127.0.0.1
  waybackApiUrl: sites.waybackApiUrl,
  now: () => NOW,
  timeoutMs: 1_000,
  perHostDelayMs: 0,
  retryDelayMs: 10,
  maxRetryAfterMs: 2_000,
})

const citation = (path: string, extra: Partial<CitationToCheck> = {}): CitationToCheck => ({
  _id: `citation-${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}`,
  url: `${sites.origin}${path}`,
  accessedAt: '2025-06-27',
  citedBy: ['post-a'],
  health: null,
  ...extra,
})

async function checkOne(path: string, extra: Partial<CitationToCheck> = {}, overrides: Partial<CheckOptions> = {}): Promise<SourceResult> {
  const { results } = await checkSources([citation(path, extra)], { ...options(), ...overrides })
  expect(results).toHaveLength(1)
  return results[0]!
}

describe('HTTP answers become statuses', () => {
  test('200: ok, with the code and final URL, and no archive lookup', async () => {
    const before = sites.requestsFor('/wayback/available').length
    const { health } = await checkOne('/ok')
    expect(health).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      finalUrl: `${sites.origin}/ok`,
      redirect: null,
      textFound: null,
      failures: 0,
      checkedAt: NOW.toISOString(),
    })
    expect(sites.requestsFor('/wayback/available')).toHaveLength(before)
    // HEAD is enough when there is no text to look for.
    expect(sites.requestsFor('/ok').at(-1)?.method).toBe('HEAD')
  })

  test('HEAD refused (405): falls back to GET and counts the GET', async () => {
    const { health } = await checkOne('/head-refused')
    expect(health).toMatchObject({ status: 'ok', httpStatus: 200 })
    expect(sites.requestsFor('/head-refused').map((request) => request.method)).toEqual(['HEAD', 'GET'])
  })

  test('301 to the same host: redirected (same host), final URL recorded', async () => {
    const { health } = await checkOne('/moved-here')
    expect(health).toMatchObject({ status: 'redirected', redirect: 'same-host', httpStatus: 200, finalUrl: `${sites.origin}/ok` })
  })

  test('301 to another host: redirected (other host)', async () => {
    const { health } = await checkOne('/moved-away')
    expect(health).toMatchObject({
      status: 'redirected',
      redirect: 'other-host',
      httpStatus: 200,
      finalUrl: `http://localhost:${sites.port}/ok`,
    })
    expect(sites.requestsFor('/ok').some((request) => request.host === `localhost:${sites.port}`)).toBe(true)
  })

  test.each([
    ['/missing', 404, 'not-found'],
    ['/gone', 410, 'gone'],
    ['/down', 500, 'server-error'],
  ])('%s (%i): failing on the first failure, not yet broken; archive found closest to the access date', async (path, code, problem) => {
    const result = await checkOne(path)
    expect(result.health).toMatchObject({ status: 'failing', httpStatus: code, problem, failures: 1, firstFailedAt: NOW.toISOString() })
    expect(result.turnedBroken).toBe(false)
    expect(result.health.archivedUrl).toBe(`https://web.archive.org/web/20250627083015/${sites.origin}${path}`)
    expect(result.health.archivedAt).toBe('2025-06-27T08:30:15.000Z')
    const lookup = sites.requestsFor('/wayback/available').at(-1)!
    expect(lookup).toBeDefined()
  })

  test('the Wayback API is asked as the real one is: ?url=…&timestamp=YYYYMMDD of accessedAt', async () => {
    await checkOne('/gone', { accessedAt: '2024-02-29' })
    const seen = sites.requests.filter((request) => request.path === '/wayback/available').at(-1)!
    expect(seen.method).toBe('GET')
    const { health } = await checkOne('/gone', { accessedAt: '2024-02-29' })
    expect(health.archivedUrl).toContain('/web/20240229083015/')
  })

  test('no snapshot in the archive: archivedUrl stays null', async () => {
    const { health } = await checkOne('/chain/0')
    expect(health).toMatchObject({ status: 'failing', problem: 'too-many-redirects', archivedUrl: null, archivedAt: null })
  })

  test('403: blocked, not a failure', async () => {
    const { health } = await checkOne('/forbidden')
    expect(health).toMatchObject({ status: 'blocked', httpStatus: 403, problem: 'access-denied', failures: 0 })
  })

  test('429 with a short Retry-After: waits it out, then ok', async () => {
    const started = Date.now()
    const { health } = await checkOne('/rate-limited-once')
    expect(health).toMatchObject({ status: 'ok', httpStatus: 200 })
    const [refused, retried] = sites.requestsFor('/rate-limited-once')
    // A rate-limited HEAD is honoured, not hammered with an immediate GET.
    expect([refused?.method, retried?.method]).toEqual(['HEAD', 'GET'])
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(950)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  test('429 asking for an hour: blocked (rate limited), without waiting an hour', async () => {
    const started = Date.now()
    const { health } = await checkOne('/rate-limited')
    expect(health).toMatchObject({ status: 'blocked', httpStatus: 429, problem: 'rate-limited' })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  test('500 flapping: one retry rides out a transient error', async () => {
    const { health } = await checkOne('/flapping')
    expect(health).toMatchObject({ status: 'ok', httpStatus: 200, failures: 0 })
  })

  test('a redirect loop: failing (redirect-loop)', async () => {
    const { health } = await checkOne('/loop-a')
    expect(health).toMatchObject({ status: 'failing', problem: 'redirect-loop' })
  })

  test('more than 5 redirects: failing (too-many-redirects), having made exactly 6 requests', async () => {
    const before = sites.requests.length
    const { health } = await checkOne('/chain/100', {}, { retryDelayMs: 0 })
    expect(health).toMatchObject({ status: 'failing', problem: 'too-many-redirects' })
    const chainRequests = sites.requests.slice(before).filter((request) => request.path.startsWith('/chain/') && request.method === 'HEAD')
    expect(chainRequests.map((request) => request.path)).toEqual([
      '/chain/100',
      '/chain/101',
      '/chain/102',
      '/chain/103',
      '/chain/104',
      '/chain/105',
    ])
  })

  test('a response slower than the timeout: failing (timeout), in about the timeout', async () => {
    const started = Date.now()
    const { health } = await checkOne('/slow', {}, { timeoutMs: 500 })
    expect(health).toMatchObject({ status: 'failing', problem: 'timeout', httpStatus: null })
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  test('a name that does not resolve: failing (dns)', async () => {
    const { health } = await checkOne('/ok', { url: 'http://no-such-host.invalid/page' })
    expect(health).toMatchObject({ status: 'failing', problem: 'dns' })
  })
})

describe('text fragments', () => {
  const fragment = (text: string) => `#:~:text=${text}`

  test('present, split across inline elements and extra whitespace: found', async () => {
    const { health } = await checkOne(
      `/article${fragment('Clinical%20studies%20show%20that%20the,those%20taking%20vitamin%20D3%20alone.')}`,
    )
    expect(health).toMatchObject({ status: 'ok', textFound: true })
    // The page text is needed, so it asked with GET straight away.
    expect(sites.requestsFor('/article').at(-1)?.method).toBe('GET')
  })

  test('with prefix and suffix: found only when both sit next to the text', async () => {
    // The suffix may sit in the next block; only whitespace and block boundaries may come between.
    expect((await checkOne(`/article${fragment('bones%2C-,not%20the%20arteries.,-Second%20paragraph')}`)).health.textFound).toBe(true)
    expect((await checkOne(`/article${fragment('bones%2C-,not%20the%20arteries,-Second%20paragraph')}`)).health.textFound).toBe(false)
    expect((await checkOne(`/article${fragment('muscles%2C-,not%20the%20arteries')}`)).health.textFound).toBe(false)
  })

  test('absent: text-not-found, with the page itself fine and an archived copy of the cited version', async () => {
    const { health } = await checkOne(`/article${fragment('vitamin%20K2%20cures%20everything')}`)
    expect(health).toMatchObject({ status: 'text-not-found', httpStatus: 200, textFound: false })
    expect(health.archivedUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/20250627083015\//)
  })

  test('text only in a script, a style or a hidden element does not count', async () => {
    expect((await checkOne(`/article${fragment('the%20secret%20passage')}`)).health.textFound).toBe(false)
    expect((await checkOne(`/article${fragment('Withdrawn%20claim')}`)).health.textFound).toBe(false)
  })

  test('entities decoded, case folded, no-break spaces as spaces', async () => {
    expect((await checkOne(`/article${fragment('CAF%C3%89%20OWNERS%20LOVE%20natt%C5%8D')}`)).health.textFound).toBe(true)
  })

  test('several directives: all must be found', async () => {
    expect((await checkOne(`/article${fragment('Calcium%20goes')}&text=matrix%20Gla`)).health.textFound).toBe(true)
    expect((await checkOne(`/article${fragment('Calcium%20goes')}&text=matrix%20Glu`)).health.textFound).toBe(false)
  })

  test('a page rewritten since it was cited: text-not-found even though it answers 200', async () => {
    const { health } = await checkOne(`/article-rewritten${fragment('Clinical%20studies%20show')}`)
    expect(health).toMatchObject({ status: 'text-not-found', textFound: false })
  })
})

describe('what is sent to cited sites', () => {
  test('a User-Agent naming the site, and never a cookie or a token, even after a site sets one', async () => {
    const before = sites.requests.length
    const { health } = await checkOne('/cookie-then-redirect')
    expect(health.status).toBe('redirected')
    const sent = sites.requests.slice(before)
    expect(sent.length).toBeGreaterThanOrEqual(2)
    for (const request of sent) {
      expect(request.headers['user-agent']).toContain('+https://cited.example')
      expect(request.headers.cookie).toBeUndefined()
      expect(request.headers.authorization).toBeUndefined()
    }
  })

  test('credentials in a cited URL are not sent', async () => {
    const before = sites.requests.length
    await checkOne('/ok', { url: `http://editor:hunter2@127.0.0.1:${sites.port}/ok` })
    for (const request of sites.requests.slice(before)) expect(request.headers.authorization).toBeUndefined()
  })
})

describe('private addresses', () => {
  test('refused without --allow-private-hosts: loopback by literal and by name, nothing requested, no archive asked', async () => {
    const before = sites.requests.length
    const { results } = await checkSources(
      [
        citation('/ok'),
        citation('/ok', { _id: 'citation-by-name', url: `http://localhost:${sites.port}/ok` }),
        citation('/ok', { _id: 'citation-metadata', url: 'http://169.254.169.254/latest/meta-data/' }),
      ],
      { ...options(), allowPrivateHosts: false },
    )
    expect(results.map((result) => [result.citationId, result.health.status, result.health.problem])).toEqual([
      ['citation-ok', 'refused', 'private-address'],
      ['citation-by-name', 'refused', 'private-address'],
      ['citation-metadata', 'refused', 'private-address'],
    ])
    expect(sites.requests.slice(before).filter((request) => request.path !== '/wayback/available')).toEqual([])
  })
})

describe('bounded and polite', () => {
  test('one request at a time per host, with the configured pause between them', async () => {
    const paths = ['/ok', '/moved-here', '/forbidden', '/head-refused']
    const before = sites.requests.length
    await checkSources(
      paths.map((path) => citation(path)),
      { ...options(), perHostDelayMs: 150 },
    )
    const starts = sites.requests
      .slice(before)
      .filter((request) => paths.includes(request.path) && request.host === `127.0.0.1:${sites.port}`)
    const firstOfEach = paths.map((path) => starts.find((request) => request.path === path)!.at).sort((a, b) => a - b)
    for (let index = 1; index < firstOfEach.length; index++)
      expect(firstOfEach[index]! - firstOfEach[index - 1]!).toBeGreaterThanOrEqual(140)
  })
})
