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
import { gzipSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import Negotiator from 'negotiator'

/** @typedef {{ source: any, html: string, rscData: Buffer | undefined, gzippedHtml: Buffer, gzippedRscData: Buffer | undefined }} Gzipped */

/** @type {LRUCache<string, Gzipped>} the longest unused go first */
const gzipped = new LRUCache({
  maxSize: 20 * 1024 * 1024,
  sizeCalculation: (kept) => kept.gzippedHtml.length + (kept.gzippedRscData?.length ?? 0) || 1,
})

/** @param {Record<string, string | string[] | undefined> | undefined} requestHeaders */
export const acceptsGzip = (requestHeaders) => new Negotiator({ headers: requestHeaders ?? {} }).encoding(['gzip']) === 'gzip'

/** @param {Buffer | undefined} a @param {Buffer | undefined} b */
const sameBytes = (a, b) => a === b || (a !== undefined && b !== undefined && a.equals(b))

/**
 * The gzip'd copies of `value`, made once per stored version of the page. The file-system cache
 * hands out the same value object on every hit; a shared cache a fresh one with the same content.
 * @param {string} key @param {any} value
 * @returns {Gzipped}
 */
function gzippedCopies(key, value) {
  const kept = gzipped.get(key)
  if (kept && (kept.source === value || (kept.html === value.html && sameBytes(kept.rscData, value.rscData)))) return kept
  // Once per version: the smallest output is worth the slowest level.
  const made = {
    source: value,
    html: value.html,
    rscData: value.rscData,
    gzippedHtml: gzipSync(value.html, { level: 9 }),
    gzippedRscData: value.rscData ? gzipSync(value.rscData, { level: 9 }) : undefined,
  }
  gzipped.set(key, made)
  return made
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
