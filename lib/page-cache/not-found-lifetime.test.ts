import { describe, expect, it } from 'vitest'
import { NOT_FOUND_CACHE_CONTROL, withNotFoundLifetime } from './not-found-lifetime.ts'

describe('withNotFoundLifetime', () => {
  it('gives a 404 page or route-handler entry the short shared lifetime, keeping its other headers', () => {
    for (const kind of ['APP_PAGE', 'APP_ROUTE']) {
      const value = { kind, status: 404, headers: { 'x-next-cache-tags': '_N_T_/blog/x' } }
      expect(withNotFoundLifetime('/route-cache/APP_PAGE/a/$/blog/x', value)!.headers).toEqual({
        'x-next-cache-tags': '_N_T_/blog/x',
        'cache-control': NOT_FOUND_CACHE_CONTROL,
      })
    }
    const bare: { kind: string; status: number; headers?: Record<string, unknown> } = { kind: 'APP_PAGE', status: 404 }
    expect(withNotFoundLifetime('/route-cache/APP_PAGE/a/$/blog/x', bare)!.headers).toEqual({ 'cache-control': NOT_FOUND_CACHE_CONTROL })
  })

  it('leaves pages that exist, and what is not a page, to the lifetime their route gives them', () => {
    const page = { kind: 'APP_PAGE', status: 200, headers: {} }
    expect(withNotFoundLifetime('/route-cache/APP_PAGE/a/$/blog', page)!.headers).toEqual({})
    const fetched = { kind: 'FETCH', status: 404, headers: {} }
    expect(withNotFoundLifetime('a1b2c3', fetched)!.headers).toEqual({})
    expect(withNotFoundLifetime('/route-cache/APP_PAGE/a/$/blog/y', null)).toBeNull()
  })

  it('leaves Next’s own not-found page, which Next sends private and uncached itself, as it is', () => {
    const key = '/route-cache/APP_PAGE/b/$/_not-found'
    expect(withNotFoundLifetime(key, { kind: 'APP_PAGE', status: 404, headers: {} })!.headers).toEqual({})
  })

  it('says a CDN may keep a 404 for a minute at most, and a browser not at all', () => {
    expect(NOT_FOUND_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=60$/)
  })
})
