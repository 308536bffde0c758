import { globSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildsWithTurbopack } from './bundler.js'
import { isImplicitTag } from './cache-tags.js'
import { pagePathOfCacheKey } from './cache-keys.js'
import { FileSystemCache } from './file-system-cache.js'
import { buildDir, previewModeIdIn } from './server'

/**
 * The contract with Next.js's internals (this folder): each use checked against the installed
 * version's own code, so an upgrade that changes one fails here, by name, rather than the site
 * degrading quietly. Also exercised on real builds: the page tests serve every page through the
 * page cache (FileSystemCache, cache keys, implicit tags) and turn draft mode on through the real
 * enable route (server.ts's preview-mode id; tests/pages/lake/draft-mode.test.ts), and the
 * flight-script writer (flight.js) is checked against Next's own stream in
 * lib/next-inline-scripts.
 */
const nextInternal = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '../..')

describe('the door', () => {
  it('is the only source that imports Next’s private modules (tests may, to produce real output)', () => {
    const sources = globSync(['{app,components,lib,sanity,scripts}/**/*.{ts,tsx,js,mjs}', '*.{ts,js,mjs}'], { cwd: root }).filter(
      (file) => !file.startsWith('lib/next-internals/') && !/\.test\.tsx?$/.test(file),
    )
    expect(sources.length).toBeGreaterThan(50)
    const importers = sources.filter((file) =>
      /(?:from|import|require)\s*\(?\s*['"]next\/dist\//.test(readFileSync(path.join(root, file), 'utf8')),
    )
    expect(importers).toEqual([])
  })
})

describe('page cache keys, as Next makes them', () => {
  const { getRouteCacheKey } = nextInternal('next/dist/server/lib/route-cache-key.js') as {
    getRouteCacheKey: (pathname: string, owner: { kind: string; sourceRoute: string }) => string
  }

  it.each([
    ['/', '/page', 'APP_PAGE'],
    ['/blog/vitamin-d', '/blog/[slug]/page', 'APP_PAGE'],
    ['/_not-found', '/_not-found/page', 'APP_PAGE'],
    ['/feed.xml', '/feed.xml/route', 'APP_ROUTE'],
  ])('reads the page path %s back from its key', (pathname, sourceRoute, kind) => {
    expect(pagePathOfCacheKey(getRouteCacheKey(pathname, { kind, sourceRoute }))).toBe(pathname)
  })

  it('finds no page in a data-cache key', () => {
    expect(pagePathOfCacheKey('0f3c9a1e7b2d4c5a6e8f9b0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d')).toBeUndefined()
  })
})

describe("Next's own cache tags", () => {
  it('are told apart from the site’s', async () => {
    const { getImplicitTags } = nextInternal('next/dist/server/lib/implicit-tags.js') as {
      getImplicitTags: (page: string, pathname: string, fallbackRouteParams: null) => Promise<{ tags: string[] }>
    }
    const { tags } = await getImplicitTags('/blog/[slug]/page', '/blog/vitamin-d', null)
    expect(tags.length).toBeGreaterThan(0)
    for (const tag of tags) expect(isImplicitTag(tag), tag).toBe(true)
    for (const tag of ['post:vitamin-d', 'site', 'citation:abc']) expect(isImplicitTag(tag), tag).toBe(false)
  })
})

describe("Next's file-system cache handler", () => {
  it('is a class with the cache handler methods the page cache overrides', () => {
    for (const method of ['get', 'set', 'revalidateTag']) expect(typeof FileSystemCache.prototype[method], method).toBe('function')
  })
})

describe('previewModeIdIn', () => {
  it('reads preview.previewModeId from a build’s prerender-manifest.json', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'next-internals-build-'))
    expect(previewModeIdIn(dir)).toBeNull()
    writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'abc123' } }))
    expect(previewModeIdIn(dir)).toBe('abc123')
    writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ preview: {} }))
    expect(previewModeIdIn(dir)).toBeNull()
  })
})

describe('the build folder', () => {
  it('is where a standalone server was built, else NEXT_DIST_DIR, else .next', () => {
    expect(buildDir({ __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify({ distDir: '.next-standalone' }) })).toBe(
      path.resolve('.next-standalone'),
    )
    expect(buildDir({ NEXT_DIST_DIR: '.next-test' })).toBe(path.resolve('.next-test'))
    expect(buildDir({})).toBe(path.resolve('.next'))
  })
})

describe('the bundler a build runs with', () => {
  it('is Turbopack unless the build is told --webpack, as Next records it before loading next.config.js', () => {
    const { parseBundlerArgs } = nextInternal('next/dist/lib/bundler.js') as { parseBundlerArgs: (options: object) => unknown }
    const saved = process.env.TURBOPACK
    try {
      delete process.env.TURBOPACK
      parseBundlerArgs({})
      expect(buildsWithTurbopack()).toBe(true)
      delete process.env.TURBOPACK
      parseBundlerArgs({ webpack: true })
      expect(buildsWithTurbopack()).toBe(false)
    } finally {
      if (saved === undefined) delete process.env.TURBOPACK
      else process.env.TURBOPACK = saved
    }
  })
})
