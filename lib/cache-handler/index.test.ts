import { createRequire } from 'node:module'
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { afterEach, describe, expect, test, vi } from 'vitest'

/** Which cache a server gets from the one `cacheHandler` every build points at. */
const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
const isFileSystemCache = (handler: unknown) => typeof handler === 'function' && handler.prototype instanceof FileSystemCache
const isSharedCache = (handler: unknown) => typeof handler === 'function' && handler.prototype instanceof CacheHandler

async function handlerFor(env: Record<string, string | undefined>) {
  vi.resetModules()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return (await import('./index')).default
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('cache handler choice', () => {
  test('no REDIS_URL: Next’s own file-system cache (with the page policy added), as with no handler configured', async () => {
    expect(isFileSystemCache(await handlerFor({ REDIS_URL: undefined }))).toBe(true)
    expect(isFileSystemCache(await handlerFor({ REDIS_URL: '  ' }))).toBe(true)
  })

  test('REDIS_URL set: the shared Redis handler at run time, the file cache while building', async () => {
    expect(isSharedCache(await handlerFor({ REDIS_URL: 'redis://127.0.0.1:1', NEXT_PHASE: undefined }))).toBe(true)
    expect(isFileSystemCache(await handlerFor({ REDIS_URL: 'redis://127.0.0.1:1', NEXT_PHASE: 'phase-production-build' }))).toBe(true)
  })

  test('a malformed REDIS_URL stops the server with a message naming it', async () => {
    await expect(handlerFor({ REDIS_URL: 'cache.internal:6379' })).rejects.toThrow(/REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL/)
  })
})
