import os from 'node:os'
import { LRUCache } from 'lru-cache'
import pLimit from 'p-limit'
import sharp from 'sharp'
import type { TransformedImage } from './transform'

/**
 * The encoded variants of `/media` images, bounded however many distinct URLs clients send:
 * - keyed by the plan (transformKey), so unknown parameters never make a new entry;
 * - at most `maxEntries` entries and `maxBytes` of image bytes plus keys, least recently used
 *   dropped first (lru-cache);
 * - concurrent requests for one variant share one encode (lru-cache's `fetch`);
 * - at most `concurrency` encodes at once (p-limit) and at most `maxQueued` waiting; past that a
 *   request is refused (EncoderBusyError, a 503 with Retry-After) rather than queued without end.
 */
export interface VariantLimits {
  maxEntries: number
  maxBytes: number
  concurrency: number
  maxQueued: number
}

/**
 * One encode at a time per core but one, each on one libvips thread (sharp's default is one per
 * core per encode): however many variants are asked for, a core is left for the pages. Encodes
 * also hold a libuv thread, which file reads of the page cache share.
 */
export const MEDIA_VARIANT_LIMITS: VariantLimits = {
  maxEntries: 2_000,
  maxBytes: 64 * 1024 * 1024,
  concurrency: Math.max(1, os.availableParallelism() - 1),
  maxQueued: 32,
}
sharp.concurrency(1)
/**
 * No libvips operation cache (sharp's default keeps up to 50 MB, 20 files and 100 operations, in
 * native memory the heap limit does not see): it is keyed by each operation's exact arguments, so
 * under random widths it fills with decoded pixels nobody asks for again. The encoded variants
 * worth keeping are in the cache below, counted and bounded.
 */
sharp.cache(false)

export class EncoderBusyError extends Error {
  override name = 'EncoderBusyError'
}

type Encode = () => Promise<TransformedImage>

export function createVariantCache(limits: VariantLimits) {
  const limit = pLimit(limits.concurrency)
  const cache = new LRUCache<string, TransformedImage, Encode>({
    max: limits.maxEntries,
    maxSize: limits.maxBytes,
    sizeCalculation: (image, key) => image.body.length + key.length,
    fetchMethod: (_key, _stale, { context: encode }) => limit(encode),
    // An encode whose entry was pushed out meanwhile (a flood of other variants) still answers its request.
    ignoreFetchAbort: true,
  })
  return {
    /** The variant under `key`, encoded by `encode` unless it is cached or being encoded already. */
    async get(key: string, encode: Encode): Promise<TransformedImage> {
      const cached = cache.get(key)
      if (cached) return cached
      // p-limit starts a queued task a microtask later: count both, so a burst is measured alike.
      if (limit.activeCount + limit.pendingCount >= limits.concurrency + limits.maxQueued)
        throw new EncoderBusyError('Too many images are being resized; try again shortly.')
      return (await cache.fetch(key, { context: encode }))!
    },
    /** Entries held and their counted size (for tests). */
    get entries() {
      return cache.size
    },
    get bytes() {
      return cache.calculatedSize
    },
  }
}
