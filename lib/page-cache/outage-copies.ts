/**
 * The last copy of each page this server's page cache served or stored, kept so that a page a
 * publish has expired (the webhook's `revalidateTag`, `expire: 0`) still has something to show
 * while the Content Lake is down: Next would otherwise render it, fail, and the reader would get
 * the outage 503 instead of the page the site was serving a moment before (./handler.js).
 *
 * In this process's memory, whichever cache stores the pages: Next's file-system cache finds no
 * entry for an expired page, and the shared Redis cache (lib/cache-handler) deletes it. Mostly the
 * same objects the file-system cache holds in its own memory, so they cost little more.
 *
 * The page cache loads this file with Node, types stripped: erasable TypeScript only.
 */

import { OUTAGE_COPY_CACHE_CONTROL } from '../cdn/edge-headers.js'

/** As much as Next's own in-memory page cache holds by default; the longest unused go first. */
const MAX_BYTES = 50 * 1024 * 1024

// Cache entries as Next hands them to a cache handler: their shape is Next's (lib/next-internals).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PageValue = any
interface PageEntry {
  value: PageValue
  lastModified: number
  cacheControl?: unknown
}

const copies = new Map<string, { entry: PageEntry; bytes: number; served?: PageEntry }>()
let totalBytes = 0

/** @param value an APP_PAGE or APP_ROUTE value */
function sizeOf(value: PageValue) {
  let bytes = String(value.html ?? '').length + (value.rscData?.length ?? 0) + (value.body?.length ?? 0)
  for (const [segmentPath, buffer] of value.segmentData ?? []) bytes += segmentPath.length + (buffer?.length ?? 0)
  return bytes
}

/**
 * Only pages that exist: any client can name a new address, and each made-up one's 404 kept here
 * would hold its flight data in memory until 50 MB of them pushed out the copies of real pages.
 * A page that answers 404 now (unpublished) loses its old copy, so an outage never brings it back.
 * @param key the page's response-cache key
 * @param entry as the page cache serves it, prepared (policy, designed 404)
 */
export function keepOutageCopy(key: string, entry: PageEntry) {
  forget(key)
  if (entry.value?.status === 404) return
  const bytes = key.length + sizeOf(entry.value)
  if (bytes > MAX_BYTES) return
  copies.set(key, { entry, bytes })
  totalBytes += bytes
  for (const oldest of copies.keys()) {
    if (totalBytes <= MAX_BYTES) break
    forget(oldest)
  }
}

/**
 * The copy to serve in place of an expired entry, dated now: Next then serves it as it is, with
 * no background render that could only fail and store this old copy as if it were fresh. The
 * entry stays expired, so the first request once the lake is back renders the page again.
 */
export function outageCopy(key: string): PageEntry | undefined {
  const kept = copies.get(key)
  if (!kept) return undefined
  // Used most recently: the last to go.
  copies.delete(key)
  copies.set(key, kept)
  kept.served ??= { ...kept.entry, value: withOutageLifetime(kept.entry.value) }
  return { ...kept.served, lastModified: Date.now() }
}

/**
 * A page's copy as sent during the outage: a CDN keeps it a minute (OUTAGE_COPY_CACHE_CONTROL),
 * since a publish may have been purged from the edge that this copy predates. Any other status (a
 * redirect; 404s are never kept) keeps its own.
 */
function withOutageLifetime(value: PageValue) {
  if ((value.status ?? 200) !== 200) return value
  return { ...value, headers: { ...value.headers, 'cache-control': OUTAGE_COPY_CACHE_CONTROL } }
}

function forget(key: string) {
  const kept = copies.get(key)
  if (!kept) return
  copies.delete(key)
  totalBytes -= kept.bytes
}
