// @ts-check
/**
 * Cached pages sent already gzip'd. Next gzips every answer while sending it (zlib on the whole
 * page, on every request, cache hits included): for the long post that is about a third of the CPU
 * a hit costs. A page entry only changes when it is stored again, so its HTML and flight data are
 * gzip'd once and handed to Next with `Content-Encoding: gzip`; Next's compression then leaves the
 * answer as it is ("already encoded") and still adds `Vary: Accept-Encoding`.
 *
 * Only for a request that accepts gzip, negotiated as Next's compression does (q-values included;
 * no Accept-Encoding at all means identity); any other gets the entry untouched and Next's usual
 * answer. Segment prefetches keep their raw data: Next answers them without the entry's headers.
 *
 * Decided for each request, not for the one that read the cache: Next shares one cache read
 * among all concurrent requests for a page (its response cache batches them), so the entry handed
 * out is a view whose HTML, flight data and headers are chosen when each request reads them, from
 * that request's own Accept-Encoding. Node announces every request on the
 * `http.server.request.start` diagnostics channel before any handler runs; its headers are kept
 * in an AsyncLocalStorage, which follows that request through Next's awaits. A read outside any
 * request known here (one that began before this module loaded) gets the raw page, which Next
 * compresses itself: slower, never wrong.
 *
 * Plain JavaScript: the page cache loads it, and it alone imports lru-cache and negotiator, which
 * Next's build tracer (JavaScript only) would not find from a file with type syntax.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createHash } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import { gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import Negotiator from 'negotiator'

/** @typedef {{ gzippedHtml: Buffer, gzippedRscData: Buffer | undefined }} Gzipped */
/** @typedef {Record<string, string | string[] | undefined>} RequestHeaders */

/** The request being served, and whether it accepts gzip (worked out on first use). */
/** @type {AsyncLocalStorage<{ headers: RequestHeaders, gzip?: boolean }>} */
const servedRequest = new AsyncLocalStorage()
subscribe('http.server.request.start', (message) => {
  servedRequest.enterWith({ headers: /** @type {{ request: { headers: RequestHeaders } }} */ (message).request.headers })
})

/**
 * Runs `serve` as if for a request with `headers`, as the HTTP server does for each request
 * (for tests that call the page cache directly).
 * @template T @param {RequestHeaders} headers @param {() => T} serve @returns {T}
 */
export const servingRequest = (headers, serve) => servedRequest.run({ headers }, serve)

function servedRequestAcceptsGzip() {
  const request = servedRequest.getStore()
  if (!request) return false
  request.gzip ??= acceptsGzip(request.headers)
  return request.gzip
}

// The file-system cache hands out the same value object on every hit: found here at once.
/** @type {WeakMap<object, Gzipped>} */
const byValue = new WeakMap()
// A shared cache hands out a fresh object with the same content, and many addresses share one
// HTML (every made-up address's 404 is the designed page): gzip'd bytes are found by the digest
// of what was gzip'd, far cheaper than gzip, so one HTML is gzip'd and held once however many
// addresses serve it, and a flood of 404s does not push out the copies of real pages. Only the
// gzip'd bytes are held, the longest unused going first.
/** @type {LRUCache<string, Buffer>} */
const byDigest = new LRUCache({ maxSize: 20 * 1024 * 1024, sizeCalculation: (gzipped) => gzipped.length || 1 })

/** @param {string | Buffer} content */
function gzippedOnce(content) {
  const digest = createHash('sha1').update(content).digest('base64')
  let gzipped = byDigest.get(digest)
  if (!gzipped) {
    // Once per content: the smallest output is worth the slowest level.
    gzipped = gzipSync(content, { level: 9 })
    byDigest.set(digest, gzipped)
  }
  return gzipped
}

/** @param {RequestHeaders | undefined} requestHeaders */
export const acceptsGzip = (requestHeaders) => new Negotiator({ headers: requestHeaders ?? {} }).encoding(['gzip']) === 'gzip'

/**
 * The gzip'd copies of `value`, made once per stored version of the page.
 * @param {any} value
 * @returns {Gzipped}
 */
function gzippedCopies(value) {
  const known = byValue.get(value)
  if (known) return known
  const kept = { gzippedHtml: gzippedOnce(value.html), gzippedRscData: value.rscData ? gzippedOnce(value.rscData) : undefined }
  byValue.set(value, kept)
  return kept
}

/** Each view handed out, and the stored value it shows. @type {WeakMap<object, any>} */
const viewed = new WeakMap()

/**
 * The stored value behind `value`, when `value` is a view handed out by `servedGzipped` (Next may
 * hand a served entry back to the cache to keep it): what is stored is never one request's bytes.
 * @template V @param {V} value @returns {V}
 */
export const storedValueOf = (value) => (value && typeof value === 'object' && viewed.get(value)) || value

/**
 * The entry to serve: for a page, a view whose HTML, flight data and headers are, for each request
 * that reads them, gzip'd and labelled so if that request accepts gzip, and as stored otherwise.
 * @template {{ value?: any } | null | undefined} Entry
 * @param {Entry} entry
 * @returns {Entry}
 */
export function servedGzipped(entry) {
  const value = entry?.value
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html) return entry
  // Made on the first read by a request that accepts gzip, once per stored version of the page.
  const copies = () => gzippedCopies(value)
  const gzippedHeaders = { ...value.headers, 'content-encoding': 'gzip' }
  const view = { ...value }
  Object.defineProperties(view, {
    html: { enumerable: true, get: () => (servedRequestAcceptsGzip() ? copies().gzippedHtml : value.html) },
    rscData: { enumerable: true, get: () => (servedRequestAcceptsGzip() ? copies().gzippedRscData : value.rscData) },
    headers: { enumerable: true, get: () => (servedRequestAcceptsGzip() ? gzippedHeaders : value.headers) },
  })
  viewed.set(view, value)
  return { ...entry, value: view }
}
