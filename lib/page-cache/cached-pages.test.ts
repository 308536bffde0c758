import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isCachedPage } from './cached-pages.js'
import PageCache from './handler.js'

/**
 * What the proxy is told about the page cache (lib/lake-availability/outage-lookup.ts sends every
 * page not listed through the outage lookup), with Next's real file-system cache underneath.
 */
const require = createRequire(import.meta.url)
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js')

/** A response-cache key as Next 16 makes it for an app page. */
const keyOf = (pathname: string) => `/route-cache/APP_PAGE/${'0'.repeat(64)}/$${pathname === '/' ? '/index' : pathname}`
const pageEntry = (tags: string[]) => ({
  kind: 'APP_PAGE',
  html: '<!doctype html><html><head><title>A page</title></head><body><h1>A page</h1></body></html>',
  rscData: Buffer.from('0:{}\n'),
  headers: { 'x-next-cache-tags': tags.join(',') },
  status: 200,
})
const setContext = { isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 86400, expire: undefined } }
const getContext = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }

let distDir: string
let cache: InstanceType<typeof PageCache>

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'cited-cached-pages-'))
  await writeFile(path.join(distDir, 'prerender-manifest.json'), JSON.stringify({ routes: { '/': {}, '/about': {} } }))
  cache = new PageCache({ fs: nodeFs, serverDistDir: path.join(distDir, 'server'), flushToDisk: true, revalidatedTags: [] })
})

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true })
})

describe('the page paths the cache serves without rendering', () => {
  it('the ones the build prerendered are known before any request', () => {
    expect(isCachedPage('/')).toBe(true)
    expect(isCachedPage('/about')).toBe(true)
    expect(isCachedPage('/search')).toBe(false)
  })

  it('a page rendered and stored is known; once its tag is revalidated it is not, until it is rendered again', async () => {
    await cache.set(keyOf('/blog/a-post'), pageEntry(['post:a-post', 'post-list']), setContext)
    expect(isCachedPage('/blog/a-post')).toBe(true)

    await cache.revalidateTag('post:a-post')
    expect(isCachedPage('/blog/a-post')).toBe(false)
    // Expired at once, as the publish webhook asks: the next request renders it again.
    expect(await cache.get(keyOf('/blog/a-post'), getContext)).toBeNull()
    expect(isCachedPage('/blog/a-post')).toBe(false)

    await cache.set(keyOf('/blog/a-post'), pageEntry(['post:a-post', 'post-list']), setContext)
    expect(isCachedPage('/blog/a-post')).toBe(true)
  })

  it('a prerendered page whose tags are not known yet goes with any revalidation, and with a miss', async () => {
    await cache.revalidateTag('unrelated-tag')
    expect(isCachedPage('/about')).toBe(false)
    expect(await cache.get(keyOf('/'), getContext)).toBeNull()
    expect(isCachedPage('/')).toBe(false)
  })
})
