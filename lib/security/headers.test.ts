import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  BASE_SECURITY_HEADERS,
  CSP_HEADER,
  PERMISSIONS_POLICY,
  PERMISSIONS_POLICY_HEADER,
  policyForPage,
  policyWithNonce,
  withPagePolicy,
} from './headers.js'
import { withServerRendered404 } from '../page-cache/server-rendered-404.js'
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

describe('headers every response gets', () => {
  // next.config.js sends these on every request; Next compiles a value with a colon as a path
  // pattern each time, which is why the permissions policy travels with each page instead.
  it('have no value Next would compile per request', () => {
    for (const { key, value } of BASE_SECURITY_HEADERS) expect(value, key).not.toContain(':')
  })
})

describe('withPagePolicy', () => {
  it('adds the page policy to a page entry, keyed as Next keys route caches: Next’s scripts, not content’s', () => {
    const value = { kind: 'APP_PAGE', html, rscData, headers: { 'x-next-cache-tags': 'a' } as Record<string, unknown>, status: 200 }
    withPagePolicy('/route-cache/APP_PAGE/abc/$/blog/vitamin-d', value)
    expect(scriptSources(value.headers[CSP_HEADER] as string)).not.toContain(sha(injected))
    expect(scriptSources(value.headers[CSP_HEADER] as string)).toContain(sha(payload))
    expect(value.headers[CSP_HEADER]).toBe(policyForPage('/blog/vitamin-d', { html, rscData }))
    expect(value.headers[PERMISSIONS_POLICY_HEADER]).toBe(PERMISSIONS_POLICY)
    expect(value.headers['x-next-cache-tags']).toBe('a')
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
