// @ts-check
/**
 * Next.js internals (see ./next-internals.test.ts): the cache tags Next adds itself. Plain
 * JavaScript for Next's build tracer (./file-system-cache.js says why).
 */
import { NEXT_CACHE_IMPLICIT_TAG_ID } from 'next/dist/lib/constants.js'

/**
 * Whether a cache tag is one Next derives from a path (`_N_T_/blog/x`), not one the site gave.
 * @param {string} tag
 */
export const isImplicitTag = (tag) => tag.startsWith(NEXT_CACHE_IMPLICIT_TAG_ID)
