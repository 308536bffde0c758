import path from 'node:path'
import { JSDOM } from 'jsdom'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SEGMENT_LENGTH } from '@/lib/requests/guard'
import { BASELINE_POLICY, PERMISSIONS_POLICY } from '@/lib/security/headers.js'
import { freePort } from '@/scripts/processes'
import { assertChromiumInstalled, CHROMIUM_FLAGS, chromiumPath } from '@/scripts/chromium.mjs'
import { BUILD_AS_BUILT, PAGE_TESTS_SITE_URL, nextStart, siteEnv } from '../global-setup'
import { observatoryGrade } from '../observatory'
import { normalizeSpace, publicPosts, slugOf } from '../support'

/**
 * The portable baseline: the site as a host that brings its own cache serves it (Vercel and
 * Netlify serve prerendered pages from theirs, never through our `cacheHandler`). The same build
 * as the other page tests, as `next build` left it, started with `PAGE_CACHE=next`: Next's own
 * cache handler, so nothing of lib/page-cache (each page's own hash-only policy, script-free
 * pages, the designed runtime 404, gzip once, outage copies). What must still hold comes from
 * documented configuration only: next.config.js's `headers()`, the proxy, the pages themselves.
 */
let server: { origin: string; stop: () => Promise<void> }

beforeAll(async () => {
  const env = { ...siteEnv(BUILD_AS_BUILT), PAGE_CACHE: 'next' }
  server = await nextStart(env, await freePort(), path.join(process.cwd(), BUILD_AS_BUILT, 'next-start.log'))
})
afterAll(() => server?.stop())

const get = (pathname: string, init: RequestInit = {}) => fetch(`${server.origin}${pathname}`, { redirect: 'manual', ...init })

const post = publicPosts[0]!
const NOT_FOUND = ['/blog/no-such-post', '/no/such/page']
const READER_PAGES = ['/', '/blog', '/blog/category/news', `/blog/${slugOf(post)}`, '/authors', ...NOT_FOUND]

describe('on Next’s default cache handler', () => {
  it('every page carries the security headers, and its one policy is the baseline', async () => {
    const expected: Array<[string, number, string]> = [
      ...READER_PAGES.map((pathname): [string, number, string] => [
        pathname,
        NOT_FOUND.includes(pathname) ? 404 : 200,
        BASELINE_POLICY.page,
      ]),
      ['/studio', 200, BASELINE_POLICY.studio],
      ['/feed.xml', 200, BASELINE_POLICY.nonPage],
    ]
    for (const [pathname, status, policy] of expected) {
      const response = await get(pathname)
      expect(response.status, pathname).toBe(status)
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('strict-transport-security'), pathname).toMatch(/max-age=\d{8,}; includeSubDomains/)
      expect(response.headers.get('permissions-policy'), pathname).toBe(PERMISSIONS_POLICY)
      expect(response.headers.get('content-security-policy'), pathname).toBe(policy)
      // Nothing of our page cache: no policy of the page's own, Next's scripts still in it.
      const html = await response.text()
      expect(html, pathname).not.toContain('http-equiv="Content-Security-Policy"')
      if (status === 200 && pathname !== '/feed.xml') expect(html, pathname).toMatch(/<script src="\/_next\/static\//)
    }
  })

  it('search still gets a fresh nonce from the proxy, which replaces the baseline', async () => {
    const policy = (await get('/search?q=vitamin')).headers.get('content-security-policy')
    const scripts = /script-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(' ')
    expect(scripts).toEqual(expect.arrayContaining(["'self'", expect.stringMatching(/^'nonce-/)]))
    expect(scripts).not.toContain("'unsafe-inline'")
    // One policy: a second (the baseline) would be joined to it with a comma.
    expect(policy).not.toContain(',')
  })

  it('pages are the same pages: a post has its title and works cited; unknown ones are 404s', async () => {
    const response = await get(`/blog/${slugOf(post)}`)
    const { document } = new JSDOM(await response.text()).window
    expect(normalizeSpace(document.querySelector('h1')?.textContent)).toBe(normalizeSpace(String(post.title)))
    const cited = (post.worksCited as Array<{ _ref: string }> | undefined) ?? []
    expect(cited.length).toBeGreaterThan(0)
    expect(document.querySelectorAll('section.works-cited li').length).toBe(cited.length)
    const home = new JSDOM(await (await get('/')).text()).window.document
    expect(home.querySelectorAll('a[href^="/blog/"]').length).toBeGreaterThan(3)
    for (const pathname of ['/blog/no-such-post', `/blog/${'a'.repeat(MAX_SEGMENT_LENGTH * 4)}`, '/authors/no-such-author'])
      expect((await get(pathname)).status, pathname.slice(0, 40)).toBe(404)
  })

  it('bad input gets a 4xx, never a 5xx (the proxy runs on every host)', async () => {
    const requests: Array<[string, RequestInit | undefined, number]> = [
      ['/blog/%', undefined, 400],
      ['/blog/category/%ZZ', undefined, 400],
      ['/blog/a%00b', undefined, 400],
      ['/search?q=bone%00', undefined, 400],
      [`/search?q=${'a'.repeat(8_000)}`, undefined, 414],
      [`/blog?${Array(7_000).fill('a').join('&')}`, undefined, 414],
      ['/', { method: 'POST', body: '' }, 405],
      [`/blog/${slugOf(post)}`, { method: 'PUT', body: '' }, 405],
      ['/api/revalidate', { method: 'GET' }, 405],
    ]
    for (const [pathname, init, status] of requests)
      expect((await get(pathname, init)).status, `${init?.method ?? 'GET'} ${pathname.slice(0, 40)}`).toBe(status)
    for (const [pathname, init] of [
      ['/search?q=%', undefined],
      ['/api/revalidate', { method: 'POST', body: 'x'.repeat(2_000_000) }],
    ] as const) {
      const { status } = await get(pathname, init)
      expect(status, pathname).toBeGreaterThanOrEqual(pathname.startsWith('/api/') ? 400 : 200)
      expect(status, pathname).toBeLessThan(500)
    }
  })

  it("grades B+ with MDN HTTP Observatory’s rules, losing points only for the baseline’s 'unsafe-inline'", async () => {
    const report: string[] = []
    for (const pathname of ['/', `/blog/${slugOf(post)}`, '/studio']) {
      const result = await observatoryGrade(server.origin, pathname, PAGE_TESTS_SITE_URL)
      report.push(`${pathname}: ${result.grade} (${result.score})`)
      const lost = Object.entries(result.tests).filter(([, test]) => !test.pass || test.scoreModifier < 0)
      expect(
        lost.map(([name, test]) => `${name}: ${test.result}`),
        pathname,
      ).toEqual(['content-security-policy: csp-implemented-with-unsafe-inline'])
      expect(result.grade, pathname).toBe('B+')
    }
    console.log(`[observatory, Next's cache handler] ${report.join('; ')}`)
  })

  describe('in Chromium', () => {
    let browser: Browser
    beforeAll(async () => {
      assertChromiumInstalled()
      browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS })
    })
    afterAll(() => browser?.close())

    it('Next’s scripts run under the baseline: nothing refused, no error, the app started', async () => {
      const context = await browser.newContext({ baseURL: server.origin })
      await context.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
        document.addEventListener('securitypolicyviolation', (event) =>
          seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`),
        )
      })
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()))
      for (const pathname of ['/', `/blog/${slugOf(post)}`]) {
        await page.goto(pathname, { waitUntil: 'networkidle' })
        expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), pathname).toEqual([])
        // Set by Next's own bootstrap chunk once it has run.
        expect(await page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version), pathname).toBe(
          'string',
        )
      }
      expect(errors).toEqual([])
      // A post nobody published: Next's own 404 page, which its scripts draw; the reader still reads the designed text.
      const missing = await page.goto('/blog/no-such-post', { waitUntil: 'networkidle' })
      expect(missing?.status()).toBe(404)
      await expect.poll(() => page.locator('h1').first().textContent()).toMatch(/couldn’t find that page/)
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([])
      // Chromium logs the document's own 404, and nothing else.
      expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)'])
      await context.close()
    })
  })
})
