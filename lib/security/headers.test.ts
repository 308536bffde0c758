import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  BASE_SECURITY_HEADERS,
  CSP_HEADER,
  PERMISSIONS_POLICY,
  PERMISSIONS_POLICY_HEADER,
  inlineScriptHashes,
  pathOfCacheKey,
  policyForPage,
  withPagePolicy,
} from './headers.js'
import { withServerRendered404 } from '../page-cache/server-rendered-404.js'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const flight = '(self.__next_f=self.__next_f||[]).push([0])'
const payload = 'self.__next_f.push([1,"0:\\"$L1\\"\\n"])'
const html = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script><script type="application/ld+json">{"@type":"Article"}</script></head><body><main>Hi</main><script>${flight}</script><script>${payload}</script><script>${flight}</script></body></html>`

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, and neither external scripts nor JSON-LD', () => {
    expect(inlineScriptHashes(html).sort()).toEqual([sha(flight), sha(payload)].sort())
  })
})

describe('policyForPage', () => {
  it('lets reader pages frame the video players and nothing else (a post may be reached by client-side navigation)', () => {
    for (const pathname of ['/', '/blog/vitamin-d', '/blog/category/news']) {
      expect(policyForPage(pathname, html)).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com;')
    }
  })

  it('gives the Studio its own policy, with the Sanity API', () => {
    const policy = policyForPage('/studio/desk', html)
    expect(policy).toContain("connect-src 'self' https://*.api.sanity.io wss://*.api.sanity.io")
    expect(policy).toContain(sha(payload))
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
  it('adds the page policy to a page entry, keyed as Next keys route caches', () => {
    const value = { kind: 'APP_PAGE', html, headers: { 'x-next-cache-tags': 'a' } as Record<string, unknown>, status: 200 }
    withPagePolicy('/route-cache/APP_PAGE/abc/$/blog/vitamin-d', value)
    expect(value.headers[CSP_HEADER]).toBe(policyForPage('/blog/vitamin-d', html))
    expect(value.headers[PERMISSIONS_POLICY_HEADER]).toBe(PERMISSIONS_POLICY)
    expect(value.headers['x-next-cache-tags']).toBe('a')
  })

  it('leaves other entries alone', () => {
    const fetchEntry = { kind: 'FETCH', data: {} }
    expect(withPagePolicy('/x', fetchEntry)).toEqual({ kind: 'FETCH', data: {} })
  })

  it('reads the path out of a cache key', () => {
    expect(pathOfCacheKey('/route-cache/APP_PAGE/abc/$/index')).toBe('/')
    expect(pathOfCacheKey('/route-cache/APP_PAGE/abc/$/studio')).toBe('/studio')
    expect(pathOfCacheKey('/blog/x')).toBe('/blog/x')
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
