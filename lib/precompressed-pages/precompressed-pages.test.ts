import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { acceptsGzip, servedGzipped, servingRequest, storedValueOf } from './index.js'

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

const IDENTITY = { 'accept-encoding': 'identity' }
/** What a request with `headers` reads from a served entry, as Next reads it. */
const read = <T>(headers: Record<string, string>, entry: T) =>
  servingRequest(headers, () => {
    const value = (entry as { value: { html: unknown; rscData: unknown; headers: Record<string, unknown> } }).value
    return { html: value.html, rscData: value.rscData, headers: value.headers }
  })

describe('servedGzipped', () => {
  it('serves a page’s HTML and flight data gzip’d, labelled so, its other headers kept', () => {
    const entry = pageEntry()
    const served = servedGzipped(entry)!
    const gzipped = read(GZIP, served)
    expect(gunzipSync(gzipped.html as Buffer).toString()).toBe(HTML)
    expect(gunzipSync(gzipped.rscData as Buffer).toString()).toBe('0:{"P":null}\n')
    expect(gzipped.headers).toEqual({ ...entry.value.headers, 'content-encoding': 'gzip' })
    // Next answers segment prefetches without the entry's headers: their data stays raw.
    expect(served.value.segmentData).toBe(entry.value.segmentData)
    expect(served.value.status).toBe(200)
    expect(served.lastModified).toBe(1)
    // The stored entry is not touched: the next request may not accept gzip.
    expect(entry.value.html).toBe(HTML)
    expect(entry.value.headers).not.toHaveProperty('content-encoding')
  })

  it('gives a request that does not accept gzip the page as stored', () => {
    const entry = pageEntry()
    const served = servedGzipped(entry)!
    for (const headers of [IDENTITY, {}]) {
      expect(read(headers, served)).toEqual({ html: HTML, rscData: entry.value.rscData, headers: entry.value.headers })
    }
  })

  it('decides for each request that reads one shared entry, whichever read the cache', () => {
    // Next hands the entry one request read to every concurrent request for the same page.
    const entry = pageEntry()
    const served = servingRequest(GZIP, () => servedGzipped(entry))!
    expect(read(IDENTITY, served).html).toBe(HTML)
    expect(read(IDENTITY, served).headers).not.toHaveProperty('content-encoding')
    expect(gunzipSync(read(GZIP, served).html as Buffer).toString()).toBe(HTML)
    // Outside any request it knows of, the raw page: Next compresses that itself.
    expect(served.value.html).toBe(HTML)
  })

  it('hands back the stored value, never one request’s bytes, when a served entry is stored again', () => {
    const entry = pageEntry()
    const served = servedGzipped(entry)!
    expect(storedValueOf(served.value)).toBe(entry.value)
    expect(storedValueOf(entry.value)).toBe(entry.value)
  })

  it('leaves what is not a page with HTML alone', () => {
    const route = { value: { kind: 'APP_ROUTE', body: Buffer.from('<rss/>'), status: 200, headers: {} } }
    expect(servedGzipped(route)).toBe(route)
    const empty = pageEntry('')
    expect(servedGzipped(empty)).toBe(empty)
    expect(servedGzipped(null)).toBeNull()
  })

  it('gzips each version of a page once, and again once it is stored anew', () => {
    const entry = pageEntry()
    const first = read(GZIP, servedGzipped(entry)).html
    expect(read(GZIP, servedGzipped(entry)).html).toBe(first)
    // A shared cache hands out a fresh object with the same content on every hit.
    expect(read(GZIP, servedGzipped(pageEntry())).html).toBe(first)
    const edited = read(GZIP, servedGzipped(pageEntry(HTML.replace('Vitamin D', 'Vitamin K2')))).html
    expect(edited).not.toBe(first)
    expect(gunzipSync(edited as Buffer).toString()).toContain('Vitamin K2')
  })
})

describe('gzip’d copies under made-up addresses', () => {
  it('holds one copy of an HTML many addresses share, so a flood of 404s keeps real pages’ copies', () => {
    const real = pageEntry()
    const realCopy = read(GZIP, servedGzipped(real)).html
    // The designed 404, as every made-up address gets it: ~30 KB that gzip cannot shrink much.
    const notFoundHtml = `<!DOCTYPE html><html><body>${randomBytes(22_000).toString('base64')}</body></html>`
    for (let index = 0; index < 1_500; index++) {
      // Each address's own entry: the same HTML, its own flight data.
      const base = pageEntry(notFoundHtml)
      read(GZIP, servedGzipped({ ...base, value: { ...base.value, status: 404, rscData: Buffer.from(`0:{"P":"made-up-${index}"}`) } }))
    }
    // A shared cache's fresh object for the real page: its copy is still held, not gzip'd anew.
    expect(read(GZIP, servedGzipped(pageEntry())).html).toBe(realCopy)
  })
})
