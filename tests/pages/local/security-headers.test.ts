import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BASELINE_POLICY } from '@/lib/security/headers.js'
import { PAGE_TESTS_SITE_URL } from '../global-setup'
import { observatoryGrade } from '../observatory'
import { get, origin, page, publicPosts, slugOf } from '../support'

const post = slugOf(publicPosts[0]!)

/** The policy as a map of directive → sources. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  )
}

/** What the browser hashes: the text of every inline script that can run. */
/** Inline scripts the browser acts on: JavaScript and speculation rules, not JSON-LD. */
function inlineScriptHashes(document: Document): string[] {
  return [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !script.getAttribute('type') || /javascript|module|speculationrules/.test(script.getAttribute('type')!))
    .filter((script) => script.textContent)
    .map(scriptHash)
}

/** The policy a static page carries in its head, on top of the header (lib/page-cache). */
const ownPolicy = (document: Document) =>
  document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null

const scriptHash = (script: Element) => `'sha256-${createHash('sha256').update(script.textContent!, 'utf8').digest('base64')}'`

describe('security headers', () => {
  it('every response carries nosniff, the referrer policy, HSTS and a permissions policy', async () => {
    for (const pathname of [
      '/',
      `/blog/${post}`,
      '/blog',
      '/search',
      '/studio',
      '/feed.xml',
      '/robots.txt',
      '/no/such/page',
      '/blog/no-such-post',
      '/icon.svg',
    ]) {
      const response = await get(pathname)
      if (pathname === '/icon.svg') {
        // A static file: the headers every response gets, but no page policy.
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        continue
      }
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('strict-transport-security'), pathname).toMatch(/max-age=\d{8,}; includeSubDomains/)
      expect(response.headers.get('permissions-policy'), pathname).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/)
      expect(response.headers.get('content-security-policy'), pathname).toBeTruthy()
    }
  })

  it('a static page carries the baseline header and its own policy, which allows exactly its own inline scripts, by hash', async () => {
    for (const pathname of ['/', `/blog/${post}`, '/blog', '/blog/category/news', '/blog/no-such-post', '/no/such/page']) {
      const response = await get(pathname)
      const { document } = await page(pathname)
      // One header, the baseline every host sends (a second one would read as one invalid policy to clients that join them).
      expect(response.headers.get('content-security-policy'), pathname).toBe(BASELINE_POLICY.page)
      const policy = directives(ownPolicy(document))
      // Next sends its 404s uncacheable; the pages themselves stay static.
      if (response.status === 200) expect(response.headers.get('cache-control'), `${pathname} stays static`).not.toMatch(/no-store|private/)
      expect(policy.get('default-src'), pathname).toEqual(["'none'"])
      const scripts = policy.get('script-src')!
      expect(scripts, pathname).not.toContain("'unsafe-inline'")
      expect(scripts, pathname).not.toContain("'unsafe-eval'")
      expect(
        scripts.filter((source) => !source.startsWith("'sha256-")),
        pathname,
      ).toEqual(["'self'"])
      const needed = inlineScriptHashes(document)
      expect(needed.length, `${pathname} has inline scripts to allow`).toBeGreaterThan(0)
      expect([...scripts].filter((source) => source.startsWith("'sha256-")).sort(), pathname).toEqual([...new Set(needed)].sort())
      expect(policy.get('object-src'), pathname).toEqual(["'none'"])
      expect(policy.get('base-uri'), pathname).toEqual(["'self'"])
      expect(policy.get('form-action'), pathname).toEqual(["'self'"])
      // Only a header can say this: the baseline does.
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors'), pathname).toEqual(["'self'"])
      // First in the head, so it covers every script.
      expect(document.head.firstElementChild?.getAttribute('http-equiv'), pathname).toBe('Content-Security-Policy')
    }
  })

  it('reader pages may frame the video players and nothing else', async () => {
    // Not only posts: a post opened from a list is a client-side navigation under the list's policy.
    const players = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']
    for (const pathname of ['/', '/blog', '/blog/category/video', `/blog/${post}`]) {
      expect(directives((await get(pathname)).headers.get('content-security-policy')).get('frame-src'), pathname).toEqual(players)
      expect(directives(ownPolicy((await page(pathname)).document)).get('frame-src'), pathname).toEqual(players)
    }
  })

  it('search, rendered per request, gets a fresh nonce that Next puts on its scripts', async () => {
    const first = await get('/search?q=vitamin')
    const second = await get('/search?q=vitamin')
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    const nonce = nonceOf(first)
    expect(nonce).toBeTruthy()
    expect(nonceOf(second)).not.toBe(nonce)
    const response = await get('/search?q=vitamin')
    const { document } = await page('/search?q=vitamin')
    const scripts = [...document.querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json')
    expect(scripts.length).toBeGreaterThan(0)
    // The speculation rules are the same on every page: allowed by their hash, nonce or not.
    const rules = scripts.filter((script) => script.getAttribute('type') === 'speculationrules')
    expect(rules).toHaveLength(1)
    expect(directives(response.headers.get('content-security-policy')).get('script-src')).toContain(scriptHash(rules[0]!))
    for (const script of scripts.filter((script) => !rules.includes(script)))
      expect(script.getAttribute('nonce'), script.outerHTML.slice(0, 80)).toBeTruthy()
  })

  it('the Studio has its own policy: its scripts by hash, the Sanity API, no site frames', async () => {
    const baseline = (await get('/studio')).headers.get('content-security-policy')
    expect(baseline).toBe(BASELINE_POLICY.studio)
    expect(directives(baseline).get('frame-ancestors')).toEqual(["'self'"])
    const policy = directives(ownPolicy((await page('/studio')).document))
    expect(policy.get('script-src')).toContain("'self'")
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://*.api.sanity.io', 'wss://*.api.sanity.io']))
    expect(policy.get('object-src')).toEqual(["'none'"])
  })

  it('grade A or better with MDN HTTP Observatory’s rules on the home page, a post and the Studio', async () => {
    const report: string[] = []
    for (const pathname of ['/', `/blog/${post}`, '/studio']) {
      const result = await observatoryGrade(origin(), pathname, PAGE_TESTS_SITE_URL)
      report.push(`${pathname}: ${result.grade} (${result.score})`)
      const failed = Object.entries(result.tests).filter(([, test]) => !test.pass || test.scoreModifier < 0)
      expect(failed, `${pathname} tests that lose points`).toEqual([])
      expect(['A', 'A+'], `${pathname}: ${JSON.stringify(result.tests, null, 1)}`).toContain(result.grade)
    }
    console.log(`[observatory] ${report.join('; ')}`)
  })
})
