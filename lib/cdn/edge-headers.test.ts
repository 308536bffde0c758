import { describe, expect, it } from 'vitest'
import { NOT_FOUND_CACHE_CONTROL } from '../page-cache/not-found-lifetime.ts'
import { EDGE_PAGE_CACHE_CONTROL, MAX_KEYS_BYTES, OVERFLOW_KEY, surrogateKeysFor, withEdgeHeaders } from './edge-headers.js'

type Entry = { kind: string; status?: number; headers?: Record<string, unknown> }

describe('surrogateKeysFor', () => {
  it('keeps the site’s own tags (the ones the webhook expires), not Next’s implicit path tags', () => {
    expect(surrogateKeysFor('_N_T_/layout,_N_T_/blog/[slug]/page,site,post-list,post:vitamin-d,site')).toEqual([
      'site',
      'post-list',
      'post:vitamin-d',
    ])
  })

  it('falls back to `site` and the overflow key when the tags do not fit 16 KB, or one cannot be carried', () => {
    const many = Array.from({ length: 2_000 }, (_, index) => `post:a-long-enough-slug-${index}`)
    expect(Buffer.byteLength(many.join(' '))).toBeGreaterThan(MAX_KEYS_BYTES)
    expect(surrogateKeysFor(many.join(','))).toEqual(['site', OVERFLOW_KEY])
    expect(surrogateKeysFor(`site,post:${'x'.repeat(1_100)}`)).toEqual(['site', OVERFLOW_KEY])
    expect(surrogateKeysFor('site,post:with space')).toEqual(['site', OVERFLOW_KEY])
    // Just under the limit still carries every tag.
    const fitting = many.slice(0, 400)
    expect(surrogateKeysFor(fitting.join(','))).toEqual(fitting)
  })
})

describe('withEdgeHeaders', () => {
  it('gives a page its keys in both headers and the edge lifetime', () => {
    const entry: Entry = { kind: 'APP_PAGE', status: 200, headers: { 'x-next-cache-tags': '_N_T_/blog,site,post-list' } }
    expect(withEdgeHeaders(entry)!.headers).toEqual({
      'x-next-cache-tags': '_N_T_/blog,site,post-list',
      'surrogate-key': 'site post-list',
      'cache-tag': 'site,post-list',
      'cache-control': EDGE_PAGE_CACHE_CONTROL,
    })
  })

  it('keeps a Cache-Control the entry brings (a 404’s minute, the sitemap’s), and tags the 404 so a publish purges it', () => {
    const notFound: Entry = {
      kind: 'APP_PAGE',
      status: 404,
      headers: { 'x-next-cache-tags': 'site,post:coming-soon', 'cache-control': NOT_FOUND_CACHE_CONTROL },
    }
    expect(withEdgeHeaders(notFound)!.headers).toMatchObject({
      'cache-control': NOT_FOUND_CACHE_CONTROL,
      'surrogate-key': 'site post:coming-soon',
    })
    const sitemap: Entry = { kind: 'APP_ROUTE', status: 200, headers: { 'cache-control': 'public, max-age=0, must-revalidate' } }
    expect(withEdgeHeaders(sitemap)!.headers).toEqual({ 'cache-control': 'public, max-age=0, must-revalidate' })
  })

  it('leaves data-cache entries and redirects without a lifetime of their own alone', () => {
    const fetched: Entry = { kind: 'FETCH', headers: {} }
    expect(withEdgeHeaders(fetched)!.headers).toEqual({})
    const redirect: Entry = { kind: 'APP_PAGE', status: 308, headers: {} }
    expect(withEdgeHeaders(redirect)!.headers).toEqual({})
  })

  it('says why each value: long at the edge, short in the browser, stale while refreshing and while the site is down', () => {
    const directives = Object.fromEntries(EDGE_PAGE_CACHE_CONTROL.split(', ').map((part) => part.split('=')))
    expect(Number(directives['max-age'])).toBeLessThanOrEqual(60)
    expect(Number(directives['s-maxage'])).toBeGreaterThanOrEqual(3_600)
    expect(Number(directives['stale-while-revalidate'])).toBeGreaterThan(0)
    expect(Number(directives['stale-if-error'])).toBeGreaterThanOrEqual(Number(directives['s-maxage']))
    expect(directives).toHaveProperty('public')
  })
})
