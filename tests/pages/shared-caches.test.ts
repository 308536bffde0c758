import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { NOT_FOUND_CACHE_CONTROL } from '../../lib/page-cache/not-found-lifetime.ts'
import { DIST_DIRS } from './global-setup'
import { demoDocuments, mode, publicPosts, rawGet, slugOf, type RawResponse } from './support'

/**
 * What a CDN in front of the site would store: each response must be right for the request it
 * answers (encoding), must not outlive what it says (404s), and a cookie the site did not set
 * must change nothing. Raw HTTP, to see bodies and repeated headers as sent.
 */

const GZIP = { 'accept-encoding': 'gzip, deflate, br' }
const IDENTITY = { 'accept-encoding': 'identity' }
const post = `/blog/${slugOf(publicPosts[0]!)}`

/** Every value of header `name` as sent, repeats kept apart. */
const sent = (response: RawResponse, name: string) =>
  response.rawHeaders.filter((header, index) => index % 2 === 0 && header.toLowerCase() === name).length

/** The body a reader sees, checked against the encoding the response says it has. */
function readable(response: RawResponse): string {
  return response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body).toString() : response.body.toString()
}

/**
 * Prerendered reader pages (HTML), from the build under test, listings last: pages the other
 * test files seldom read, so most are still cold (not read since the server started) here.
 */
function prerenderedPages(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), DIST_DIRS[mode()], 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, unknown>
  }
  return (
    Object.keys(manifest.routes)
      // Page 1 of a listing redirects to the listing itself.
      .filter((route) => /^\/(blog|authors)\//.test(route) && !route.endsWith('/page/1'))
      .sort((a, b) => b.split('/').length - a.split('/').length || b.localeCompare(a))
  )
}

describe('every response matches its own request’s Accept-Encoding', () => {
  /** A burst on one page, gzip and identity clients interleaved. */
  async function burst(pathname: string) {
    const clients = Array.from({ length: 8 }, (_, index) => (index % 2 === 0 ? GZIP : IDENTITY))
    const responses = await Promise.all(clients.map((headers) => rawGet(pathname, headers)))
    return responses.map((response, index) => ({ response, accepted: clients[index] === GZIP }))
  }

  it('on pages not read since the server started, 20 tries', { timeout: 120_000 }, async () => {
    const pages = prerenderedPages().slice(0, 20)
    expect(pages).toHaveLength(20)
    for (const pathname of pages) {
      for (const { response, accepted } of await burst(pathname)) {
        expect(response.status, pathname).toBe(200)
        expect(response.headers['content-encoding'], `${pathname}, ${accepted ? 'gzip' : 'identity'} client`).toBe(
          accepted ? 'gzip' : undefined,
        )
        expect(readable(response), pathname).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>$/)
      }
    }
  })

  it('on a page already in memory, 20 tries', { timeout: 60_000 }, async () => {
    await rawGet(post, GZIP)
    for (let attempt = 0; attempt < 20; attempt++) {
      for (const { response, accepted } of await burst(post)) {
        expect(response.headers['content-encoding']).toBe(accepted ? 'gzip' : undefined)
        expect(readable(response)).toMatch(/<\/html>$/)
      }
    }
  })
})

describe('404s are kept by shared caches for a minute, not a year', () => {
  const category = demoDocuments.find((doc) => doc._type === 'category' && !doc._id.startsWith('drafts.'))
  const author = demoDocuments.find((doc) => doc._type === 'author' && !doc._id.startsWith('drafts.'))
  it.each([
    ['an unknown post', '/blog/no-such-post-for-cdn-lifetime'],
    ['an unknown category', '/blog/category/no-such-category-for-cdn-lifetime'],
    ['a category page past the last', `/blog/category/${slugOf(category!)}/page/999`],
    ['an unknown author', '/authors/no-such-author-for-cdn-lifetime'],
    ['an author page past the last', `/authors/${slugOf(author!)}/page/999`],
    ['a blog page past the last', '/blog/page/999'],
    ['an unknown post’s share card', '/share-cards/post/no-such-post-for-cdn-lifetime'],
  ])('%s: %s, rendered and then from the cache', async (_, pathname) => {
    for (const attempt of ['rendered', 'cached']) {
      const response = await rawGet(pathname, IDENTITY)
      expect(response.status, attempt).toBe(404)
      expect(response.headers['cache-control'], attempt).toBe(NOT_FOUND_CACHE_CONTROL)
    }
  })

  it('an address no route matches is not kept by any cache', async () => {
    const response = await rawGet('/no-such-section/for-cdn-lifetime', IDENTITY)
    expect(response.status).toBe(404)
    // Next's own answer, alone: one lifetime, and one no cache may mix with another.
    expect(response.headers['cache-control']).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
  })
})

describe('a __prerender_bypass cookie the site did not set changes nothing', () => {
  it.each(['forged', '0', 'a'.repeat(64)])('value %s: the cached page, its one policy, publicly cacheable', async (value) => {
    const plain = await rawGet(post, IDENTITY)
    const withCookie = await rawGet(post, { ...IDENTITY, cookie: `__prerender_bypass=${value}` })
    expect(withCookie.status).toBe(200)
    expect(sent(withCookie, 'content-security-policy')).toBe(1)
    expect(withCookie.headers['content-security-policy']).toBe(plain.headers['content-security-policy'])
    expect(withCookie.headers['cache-control']).toBe(plain.headers['cache-control'])
    expect(withCookie.headers['cache-control']).toMatch(/s-maxage=\d+/)
    expect(withCookie.body.toString()).toBe(plain.body.toString())
  })
})
