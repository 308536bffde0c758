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
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import Negotiator from 'negotiator'

/** @typedef {{ digest: string, gzippedHtml: Buffer, gzippedRscData: Buffer | undefined }} Gzipped */

// The file-system cache hands out the same value object on every hit: found here at once.
/** @type {WeakMap<object, Gzipped>} */
const byValue = new WeakMap()
// A shared cache hands out a fresh object with the same content: found here by its digest, which
// is far cheaper than gzip. Only the gzip'd bytes are held, the longest unused going first.
/** @type {LRUCache<string, Gzipped>} */
const byKey = new LRUCache({
  maxSize: 20 * 1024 * 1024,
  sizeCalculation: (kept) => kept.gzippedHtml.length + (kept.gzippedRscData?.length ?? 0) || 1,
})

/** @param {Record<string, string | string[] | undefined> | undefined} requestHeaders */
export const acceptsGzip = (requestHeaders) => new Negotiator({ headers: requestHeaders ?? {} }).encoding(['gzip']) === 'gzip'

/**
 * The gzip'd copies of `value`, made once per stored version of the page.
 * @param {string} key @param {any} value
 * @returns {Gzipped}
 */
function gzippedCopies(key, value) {
  const known = byValue.get(value)
  if (known) return known
  const hash = createHash('sha1').update(value.html)
  if (value.rscData) hash.update(value.rscData)
  const digest = hash.digest('base64')
  let kept = byKey.get(key)
  if (kept?.digest !== digest) {
    // Once per version: the smallest output is worth the slowest level.
    kept = {
      digest,
      gzippedHtml: gzipSync(value.html, { level: 9 }),
      gzippedRscData: value.rscData ? gzipSync(value.rscData, { level: 9 }) : undefined,
    }
    byKey.set(key, kept)
  }
  byValue.set(value, kept)
  return kept
}

/**
 * The entry to serve for a request with `requestHeaders`: for a page and a request that accepts
 * gzip, a copy whose HTML and flight data are gzip'd; anything else as it is.
 * @template {{ value?: any } | null | undefined} Entry
 * @param {string} key the cache key @param {Entry} entry
 * @param {Record<string, string | string[] | undefined> | undefined} requestHeaders
 * @returns {Entry}
 */
export function servedGzipped(key, entry, requestHeaders) {
  const value = entry?.value
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html || !acceptsGzip(requestHeaders)) return entry
  const copies = gzippedCopies(key, value)
  return {
    ...entry,
    value: {
      ...value,
      html: copies.gzippedHtml,
      rscData: copies.gzippedRscData,
      headers: { ...value.headers, 'content-encoding': 'gzip' },
    },
  }
}
