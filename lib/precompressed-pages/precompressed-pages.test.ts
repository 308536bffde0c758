import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, servedGzipped } from './index.js'

const HTML = '<!DOCTYPE html><html lang="en"><body><main><h1>Vitamin D</h1><p>Text.</p></main></body></html>'
const pageEntry = (html = HTML) => ({
  lastModified: 1,
  value: {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from('0:{"P":null}\n'),
    segmentData: new Map([['/_tree', Buffer.from('tree')]]),
    status: 200,
    headers: { 'x-next-cache-tags': '_N_T_/layout', 'content-security-policy': "default-src 'self'" },
  },
})
const GZIP = { 'accept-encoding': 'gzip, deflate, br' }

describe('acceptsGzip', () => {
  it('follows Accept-Encoding as Next’s compression does, q-values included', () => {
    expect(acceptsGzip(GZIP)).toBe(true)
    expect(acceptsGzip({ 'accept-encoding': '*' })).toBe(true)
    expect(acceptsGzip({ 'accept-encoding': 'br;q=1, gzip;q=0.5' })).toBe(true)
    expect(acceptsGzip({ 'accept-encoding': 'gzip;q=0, identity' })).toBe(false)
    expect(acceptsGzip({ 'accept-encoding': 'identity' })).toBe(false)
    expect(acceptsGzip({})).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})

describe('servedGzipped', () => {
  it('serves a page’s HTML and flight data gzip’d, labelled so, its other headers kept', () => {
    const entry = pageEntry()
    const served = servedGzipped('/route-cache/APP_PAGE/a/$/blog/one', entry, GZIP)!
    expect(gunzipSync(served.value.html).toString()).toBe(HTML)
    expect(gunzipSync(served.value.rscData).toString()).toBe('0:{"P":null}\n')
    expect(served.value.headers).toEqual({ ...entry.value.headers, 'content-encoding': 'gzip' })
    // Next answers segment prefetches without the entry's headers: their data stays raw.
    expect(served.value.segmentData).toBe(entry.value.segmentData)
    expect(served.value.status).toBe(200)
    expect(served.lastModified).toBe(1)
    // The stored entry is not touched: the next request may not accept gzip.
    expect(entry.value.html).toBe(HTML)
    expect(entry.value.headers).not.toHaveProperty('content-encoding')
  })

  it('leaves the entry as it is for a request that does not accept gzip', () => {
    const entry = pageEntry()
    expect(servedGzipped('/route-cache/APP_PAGE/a/$/blog/two', entry, { 'accept-encoding': 'identity' })).toBe(entry)
    expect(servedGzipped('/route-cache/APP_PAGE/a/$/blog/two', entry, {})).toBe(entry)
  })

  it('leaves what is not a page with HTML alone', () => {
    const route = { value: { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200, headers: {} } }
    expect(servedGzipped('/route-cache/APP_ROUTE/b/$/feed.xml', route, GZIP)).toBe(route)
    const empty = pageEntry('')
    expect(servedGzipped('/route-cache/APP_PAGE/a/$/blog/three', empty, GZIP)).toBe(empty)
    expect(servedGzipped('/route-cache/APP_PAGE/a/$/blog/four', null, GZIP)).toBeNull()
  })

  it('gzips each version of a page once, and again once it is stored anew', () => {
    const key = '/route-cache/APP_PAGE/a/$/blog/five'
    const entry = pageEntry()
    const first = servedGzipped(key, entry, GZIP)!.value.html
    expect(servedGzipped(key, entry, GZIP)!.value.html).toBe(first)
    // A shared cache hands out a fresh object with the same content on every hit.
    expect(servedGzipped(key, pageEntry(), GZIP)!.value.html).toBe(first)
    const edited = servedGzipped(key, pageEntry(HTML.replace('Vitamin D', 'Vitamin K2')), GZIP)!.value.html
    expect(edited).not.toBe(first)
    expect(gunzipSync(edited).toString()).toContain('Vitamin K2')
  })
})
