// @ts-check
/**
 * Next.js internals (see ./next-internals.test.ts): its file-system cache handler. Plain JavaScript,
 * like the other files here the page cache loads: Next's build tracer (@vercel/nft) does not follow
 * a TypeScript file's imports, and these import Next's own files, which the standalone output
 * needs (lib/cache-handler/standalone-trace.test.ts).
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/**
 * Next's default cache handler, which the page cache extends: Next has no public base class for a
 * handler that keeps its behaviour and adds to it.
 * @type {any}
 */
export const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule
