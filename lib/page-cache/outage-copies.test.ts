import { describe, expect, it } from 'vitest'
import { EDGE_PAGE_CACHE_CONTROL, OUTAGE_COPY_CACHE_CONTROL } from '../cdn/edge-headers.js'
import { keepOutageCopy, outageCopy } from './outage-copies.ts'

const page = (status: number, html: string) => ({
  value: { kind: 'APP_PAGE', status, html, rscData: Buffer.alloc(4_000), headers: {} },
  lastModified: 0,
})

describe('outage copies', () => {
  it('keeps the last copy of a page that exists, to serve while the Content Lake is down', () => {
    keepOutageCopy('/route-cache/app-page/x/$/blog/kept', page(200, '<p>post</p>'))
    expect(outageCopy('/route-cache/app-page/x/$/blog/kept')?.value.html).toBe('<p>post</p>')
  })

  it('keeps nothing for a made-up address, and drops the copy of a page that now answers 404', () => {
    // Made-up addresses do not push out the copies of real pages.
    keepOutageCopy('/route-cache/app-page/x/$/blog/real', page(200, '<p>real</p>'))
    for (let index = 0; index < 20_000; index++) keepOutageCopy(`/route-cache/app-page/x/$/blog/made-up-${index}`, page(404, 'nf'))
    expect(outageCopy('/route-cache/app-page/x/$/blog/made-up-0')).toBeUndefined()
    expect(outageCopy('/route-cache/app-page/x/$/blog/real')?.value.html).toBe('<p>real</p>')

    keepOutageCopy('/route-cache/app-page/x/$/blog/unpublished', page(200, '<p>old</p>'))
    keepOutageCopy('/route-cache/app-page/x/$/blog/unpublished', page(404, 'nf'))
    expect(outageCopy('/route-cache/app-page/x/$/blog/unpublished')).toBeUndefined()
  })

  it('sends a page’s last copy with a minute at the edge: a publish the edge was purged of may be newer', () => {
    const key = '/route-cache/APP_PAGE/a/$/blog/outage-copy-lifetime'
    const value = {
      kind: 'APP_PAGE',
      status: 200,
      html: '<p>before</p>',
      headers: { 'cache-control': EDGE_PAGE_CACHE_CONTROL, 'surrogate-key': 'site' },
    }
    keepOutageCopy(key, { value, lastModified: 1 })
    const copy = outageCopy(key)!
    expect(copy.value.headers).toEqual({ 'cache-control': OUTAGE_COPY_CACHE_CONTROL, 'surrogate-key': 'site' })
    expect(copy.value.html).toBe('<p>before</p>')
    // The copy kept, and the page cache's own entry, are unchanged.
    expect(value.headers['cache-control']).toBe(EDGE_PAGE_CACHE_CONTROL)
  })
})
