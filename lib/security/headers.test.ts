import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BASELINE_HEADERS, BASELINE_POLICY, policyForPage, policyWithNonce, withPagePolicy } from './headers.js'
import { withServerRendered404 } from '../page-cache/server-rendered-404.ts'
import { SPECULATION_RULES, SPECULATION_RULES_HASH } from '../page-prefetch/speculation-rules'
import { PLAY_IN_PLACE_SCRIPT } from '../video-player/play-in-place'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const bootstrap = '(self.__next_f=self.__next_f||[]).push([0])'
const rscData = Buffer.from('0:"$L1"\n')
const payload = 'self.__next_f.push([1,"0:\\"$L1\\"\\n"])'
const injected = 'fetch("/steal?"+document.cookie)'
const jsonLd = '{"@type":"Article"}'
/** A page as Next writes it, with a script that content got into its body. */
const html =
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script type="application/ld+json">${jsonLd}</script>` +
  `<script type="speculationrules">${SPECULATION_RULES}</script></head><body><main>Hi<script>${injected}</script></main>` +
  `<script>${bootstrap}</script><script>${payload}</script></body></html>`

const scriptSources = (policy: string) => /(?:^|; )script-src ([^;]*)/.exec(policy)![1]!.split(' ')

describe('policyForPage', () => {
  it('allows the speculation rules and Next’s own scripts, by hash, and no script content put in the page', () => {
    const sources = scriptSources(policyForPage('/blog/vitamin-d', { html, rscData }))
    expect(sources.sort()).toEqual(["'self'", SPECULATION_RULES_HASH, sha(bootstrap), sha(payload)].sort())
    expect(sources).not.toContain(sha(injected))
    // A data block never runs, so it needs no permission (and gets none).
    expect(sources).not.toContain(sha(jsonLd))
  })

  it('allows the video players’ play-in-place script on a page that carries it, and only there', () => {
    const withPlayer = html.replace('<main>Hi', `<main>Hi<script>${PLAY_IN_PLACE_SCRIPT}</script>`)
    // Hashed here from the text itself, not taken from the module's constant.
    expect(scriptSources(policyForPage('/blog/video', { html: withPlayer, rscData }))).toContain(sha(PLAY_IN_PLACE_SCRIPT))
    expect(scriptSources(policyForPage('/blog/vitamin-d', { html, rscData }))).not.toContain(sha(PLAY_IN_PLACE_SCRIPT))
  })

  it('lets reader pages frame the video players and nothing else (a post may be reached by client-side navigation)', () => {
    for (const pathname of ['/', '/blog/vitamin-d', '/blog/category/news']) {
      expect(policyForPage(pathname, { html, rscData })).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com;')
    }
  })

  it('lets a page in draft mode, and only it, connect to the Content Lake (live drafts)', () => {
    const connectSources = (policy: string) => /connect-src ([^;]*)/.exec(policy)![1]!.split(' ')
    expect(connectSources(policyWithNonce('/blog/vitamin-d', 'bm9uY2U=', { draftMode: true }))).toContain('https://*.api.sanity.io')
    expect(connectSources(policyWithNonce('/search', 'bm9uY2U='))).toEqual(["'self'"])
    expect(connectSources(policyForPage('/blog/vitamin-d', { html, rscData }))).toEqual(["'self'"])
  })

  it('gives the Studio its own policy, with the Sanity API, under the same rule for inline scripts', () => {
    const policy = policyForPage('/studio/desk', { html, rscData })
    expect(policy).toContain("connect-src 'self' https://*.api.sanity.io wss://*.api.sanity.io")
    // Its version check and its typeface are not refused (they were, on every signed-in load).
    expect(policy).toMatch(/connect-src [^;]* https:\/\/sanity-cdn\.com/)
    expect(policy).toMatch(/font-src [^;]* https:\/\/design-system-static\.sanity\.io/)
    expect(scriptSources(policy)).toContain(sha(payload))
    expect(scriptSources(policy)).not.toContain(sha(injected))
  })
})

describe('the baseline next.config.js sends (BASELINE_HEADERS)', () => {
  const directives = (policy: string) =>
    new Map(policy.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)] as const))

  it('allows everything a page’s own policy allows, so adding that policy only narrows inline scripts', () => {
    const pages = [
      [BASELINE_POLICY.page, policyForPage('/blog/vitamin-d', { html, rscData })],
      [BASELINE_POLICY.page, policyWithNonce('/search', 'bm9uY2U=')],
      [BASELINE_POLICY.studio, policyForPage('/studio/desk', { html, rscData })],
    ] as const
    for (const [baseline, own] of pages) {
      const allowed = directives(baseline)
      for (const [name, sources] of directives(own)) {
        // Hashes and nonces are what 'unsafe-inline' stands for in the baseline.
        const plain = sources.filter((source) => !/^'(sha256|nonce)-/.test(source))
        expect(allowed.get(name), `${name} in ${own}`).toEqual(expect.arrayContaining(plain))
        if (plain.length < sources.length) expect(allowed.get(name), name).toContain("'unsafe-inline'")
      }
    }
  })

  it("names no hash or nonce beside its 'unsafe-inline' (a browser would then ignore it and refuse Next’s scripts)", () => {
    for (const [kind, policy] of Object.entries({ pages: BASELINE_POLICY.page, Studio: BASELINE_POLICY.studio })) {
      const scripts = directives(policy).get('script-src')!
      expect(scripts, kind).toContain("'unsafe-inline'")
      expect(
        scripts.filter((value) => value.startsWith("'sha") || value.startsWith("'nonce")),
        kind,
      ).toEqual([])
    }
  })

  // Next compiles a value with a colon as a path pattern on every request it matches.
  it('has no colon in any value but the page and Studio policies', () => {
    for (const rule of BASELINE_HEADERS)
      for (const { key, value } of rule.headers) {
        if (key === 'Content-Security-Policy' && (rule.source === '/:path*' || rule.source === '/studio/:path*')) continue
        expect(value, `${rule.source} ${key}`).not.toContain(':')
      }
  })
})

describe('withPagePolicy', () => {
  const policiesIn = (page: string) =>
    [...page.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)].map((match) => match[1]!)

  it('puts the page’s own policy first in its head, keyed as Next keys route caches: Next’s scripts, not content’s', () => {
    const value = { kind: 'APP_PAGE', html, rscData, headers: { 'x-next-cache-tags': 'a' } as Record<string, unknown>, status: 200 }
    withPagePolicy('/route-cache/APP_PAGE/abc/$/blog/vitamin-d', value)
    const [policy] = policiesIn(value.html)
    expect(scriptSources(policy!)).not.toContain(sha(injected))
    expect(scriptSources(policy!)).toContain(sha(payload))
    // Before any script, so it covers them all; frame-ancestors stays with the baseline header (a meta element cannot carry it).
    expect(value.html.indexOf('<meta http-equiv')).toBeLessThan(value.html.indexOf('<script'))
    expect(policy).toBe(policyForPage('/blog/vitamin-d', { html, rscData }).replace("; frame-ancestors 'self'", ''))
    // No second header: clients that join repeated headers with a comma would read one invalid policy.
    expect(value.headers).toEqual({ 'x-next-cache-tags': 'a' })
  })

  it('adds it once, however often an entry passes through the cache', () => {
    const value = { kind: 'APP_PAGE', html, rscData }
    withPagePolicy('/blog/vitamin-d', withPagePolicy('/blog/vitamin-d', value))
    expect(policiesIn(value.html)).toHaveLength(1)
  })

  it('leaves other entries alone', () => {
    const fetchEntry = { kind: 'FETCH', data: {} }
    expect(withPagePolicy('/x', fetchEntry)).toEqual({ kind: 'FETCH', data: {} })
  })
})

describe('withServerRendered404', () => {
  const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"x"])</script></body></html>'
  it('replaces Next’s empty 404 shell with the designed page', () => {
    const value = { kind: 'APP_PAGE', html: shell, status: 404 }
    withServerRendered404(value, () => '<html><body><h1>We couldn’t find that page</h1></body></html>')
    expect(value.html).toContain('We couldn’t find that page')
  })

  it('keeps real pages, and other statuses, as they are', () => {
    const ok = { kind: 'APP_PAGE', html, status: 200 }
    withServerRendered404(ok, () => 'designed')
    expect(ok.html).toBe(html)
    const error = { kind: 'APP_PAGE', html: shell, status: 500 }
    withServerRendered404(error, () => 'designed')
    expect(error.html).toBe(shell)
  })
})
