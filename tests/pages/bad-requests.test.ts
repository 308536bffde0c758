import { readdirSync, readFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_ROUTE_METHODS, MAX_SEGMENT_LENGTH } from '@/lib/requests/guard'
import { DIST_DIRS } from './global-setup'
import { get, mode, origin, page, publicPosts, slugOf } from './support'

/**
 * Every class of bad request gets a 4xx — never a 500 — and leaves nothing in the server's log:
 * before the proxy, malformed escapes in dynamic segments were a bare 500 from Next, and NUL
 * bytes and overlong slugs reached the page cache, which logged failed writes.
 */
// The log of the server under test: the local-dataset one or the lake one.
const serverLog = () => path.join(process.cwd(), DIST_DIRS[mode()], 'next-start.log')
const logLength = () => readFileSync(serverLog(), 'utf8').length
const logSince = (offset: number) => readFileSync(serverLog(), 'utf8').slice(offset)

async function expectQuietly(requests: Array<[string, RequestInit?]>, expected: (status: number, pathname: string) => void) {
  const before = logLength()
  for (const [pathname, init] of requests) expected((await get(pathname, init)).status, `${init?.method ?? 'GET'} ${pathname}`)
  // Give the server a moment to write anything a request made it log.
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(logSince(before), 'server log while answering bad requests').not.toMatch(/error|⨯|failed|warning/i)
}

const post = slugOf(publicPosts[0]!)

describe('bad requests get a 4xx and nothing logged', () => {
  it('a malformed percent-escape in any segment of any route is a 400', async () => {
    const paths = [
      '/blog/%',
      '/blog/%E0%A4%A',
      '/blog/category/%ZZ',
      '/blog/category/news/page/%C0',
      '/blog/page/%',
      '/media/%E0.png',
      '/feed.xml/%',
      '/studio/%',
      '/%',
    ]
    await expectQuietly(
      paths.map((pathname) => [pathname]),
      (status, label) => expect(status, label).toBe(400),
    )
    // In the query string (which Next hands over re-encoded), search answers with its help text; never a 5xx.
    const queries = ['/search?q=%', '/search?q=%E0%A4', `/blog/${post}?utm=%E0`, '/api/draft-mode/enable?sanity-preview-pathname=%']
    await expectQuietly(
      queries.map((pathname) => [pathname]),
      (status, label) => expect(status, label).toBeLessThan(500),
    )
  })

  it('a NUL or other control character in the address is a 400', async () => {
    const paths = ['/blog/a%00b', '/blog/%00', '/blog/category/news%0A', '/search?q=bone%00', '/media/a%0d.png']
    await expectQuietly(
      paths.map((pathname) => [pathname]),
      (status, label) => expect(status, label).toBe(400),
    )
  })

  it('a very long slug is the designed 404; a very long address is a 414', async () => {
    const long = 'a'.repeat(MAX_SEGMENT_LENGTH * 4)
    const before = logLength()
    for (const pathname of [`/blog/${long}`, `/blog/category/${long}`, `/blog/category/news/page/${long}`]) {
      const { status, html } = await page(pathname)
      expect(status, pathname.slice(0, 40)).toBe(404)
      expect(html).toContain('We couldn’t find that page')
    }
    expect((await get(`/search?q=${'a'.repeat(8_000)}`)).status).toBe(414)
    expect((await get(`/blog/${Array(1_000).fill('a').join('/')}`)).status).toBe(414)
    // Refused before Next parses the URL, which takes seconds of CPU for thousands of parameters.
    expect((await get(`/blog?${Array(7_000).fill('a').join('&')}`)).status).toBe(414)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(logSince(before)).not.toMatch(/error|⨯|failed|warning/i)
  })

  it('methods a page does not support are a 405 with Allow, on pages and API routes alike', async () => {
    const pages = ['/', '/blog', `/blog/${post}`, '/search', '/studio', '/blog/category/news', '/feed.xml', '/media/x.png']
    const requests: Array<[string, RequestInit]> = []
    // As forms and API clients send them: with a body (fetch gives POST and PUT one even when empty).
    for (const method of ['POST', 'PUT', 'PATCH'])
      for (const pathname of pages) requests.push([pathname, { method, body: method === 'PATCH' ? '{}' : undefined }])
    requests.push(
      ['/api/revalidate', { method: 'GET' }],
      ['/api/revalidate', { method: 'PUT' }],
      ['/api/draft-mode/enable', { method: 'POST' }],
      ['/api/draft-mode/disable', { method: 'DELETE' }],
    )
    await expectQuietly(requests, (status, label) => expect(status, label).toBe(405))
    const response = await get('/search', { method: 'POST' })
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('TRACE, which no fetch Request can carry, is a 405 with Allow on every route kind (TRACK a 400 from Node)', async () => {
    // fetch itself refuses these methods, so they go out through node:http.
    const send = (method: string, pathname: string) =>
      new Promise<{ status: number; allow: string | undefined }>((resolve, reject) => {
        const request = httpRequest(`${origin()}${pathname}`, { method }, (response) => {
          response.resume()
          response.on('end', () => resolve({ status: response.statusCode!, allow: response.headers.allow }))
        })
        request.on('error', reject)
        request.end()
      })
    const before = logLength()
    const image = readdirSync(path.join(process.cwd(), 'content/demo/images')).find((name) => name.endsWith('.png'))!
    const expected: Array<[string, string]> = [
      ['/search?q=vitamin', 'GET, HEAD'],
      [`/media/${image}?w=640&auto=format`, 'GET, HEAD'],
      ['/api/revalidate', 'POST'],
      ['/api/draft-mode/enable', 'GET, HEAD'],
      ['/api/no-such-route', ''],
      [`/blog/${post}`, 'GET, HEAD'],
      ['/', 'GET, HEAD'],
    ]
    for (const [pathname, allow] of expected) expect(await send('TRACE', pathname), `TRACE ${pathname}`).toEqual({ status: 405, allow })
    expect((await send('TRACK', '/search')).status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(logSince(before), 'server log').not.toMatch(/error|⨯|failed|warning/i)
  })

  it("names in Allow exactly what each API route answers, as Next's own OPTIONS answer says", async () => {
    const routes = readdirSync(path.join(process.cwd(), 'app/api'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('route.ts'))
      .map((file) => `/api/${path.dirname(file)}`)
    expect(Object.keys(API_ROUTE_METHODS).sort()).toEqual(routes.sort())
    for (const [route, methods] of Object.entries(API_ROUTE_METHODS)) {
      const response = await get(route, { method: 'OPTIONS' })
      expect(response.headers.get('allow'), route).toBe([...methods, 'OPTIONS'].sort().join(', '))
    }
  })

  it('a bodiless DELETE is a 405 where the proxy or Next can tell, and never changes or breaks anything', async () => {
    // The proxy cannot be matched on the method (proxy.ts): on a post or category, Next serves the page.
    await expectQuietly(
      ['/', '/blog', '/search', '/studio', '/feed.xml'].map((pathname) => [pathname, { method: 'DELETE' }]),
      (status, label) => expect(status, label).toBe(405),
    )
    for (const pathname of [`/blog/${post}`, '/blog/category/news']) {
      expect([200, 405], pathname).toContain((await get(pathname, { method: 'DELETE' })).status)
      expect((await page(pathname)).status, `${pathname} after a DELETE`).toBe(200)
    }
  })

  it('an oversized or non-UTF-8 webhook body is a 4xx', async () => {
    const before = logLength()
    const oversized = await get('/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': 't=1,v1=x' },
      body: JSON.stringify({ _id: 'x', _type: 'post', padding: 'x'.repeat(200_000) }),
    })
    expect(oversized.status).toBe(413)
    const latin1 = await get('/api/revalidate', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': 't=1,v1=x' },
      body: new Uint8Array([0x7b, 0x22, 0xe9, 0xff, 0x22, 0x3a, 0x31, 0x7d]),
    })
    expect(latin1.status).toBe(400)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(logSince(before)).not.toMatch(/⨯|unhandled|failed/i)
  })

  it('still serves well-formed requests, HEAD included', async () => {
    expect((await get(`/blog/${post}`)).status).toBe(200)
    expect((await get(`/blog/${post}`, { method: 'HEAD' })).status).toBe(200)
    expect((await get('/search?q=vitamin%20d')).status).toBe(200)
  })
})

describe('redirect parameters only lead to this site', () => {
  it('leaving preview never sends the reader to another origin', async () => {
    for (const target of ['//evil.example/x', '/.//evil.example/x', '/..//evil.example', 'https://evil.example/', '/\\evil.example']) {
      const response = await get(`/api/draft-mode/disable?redirect=${encodeURIComponent(target)}`)
      expect(response.status, target).toBeGreaterThanOrEqual(300)
      expect(response.status, target).toBeLessThan(400)
      const location = new URL(response.headers.get('location')!, 'https://cited.example')
      expect(location.origin, `${target} → ${response.headers.get('location')}`).toBe('https://cited.example')
      expect(response.headers.get('location'), target).not.toMatch(/^[/\\]{2}/)
    }
    const kept = await get(`/api/draft-mode/disable?redirect=${encodeURIComponent(`/blog/${post}`)}`)
    expect(new URL(kept.headers.get('location')!, 'https://cited.example').pathname).toBe(`/blog/${post}`)
  })
})
