import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { publicPosts, rawGet, slugOf } from './support'

/**
 * Cached pages go out gzip'd once, not on every request (lib/precompressed-pages): what a reader
 * gets must be the same page, labelled so, and only for a client that asked for gzip. Raw HTTP,
 * because fetch() undoes the encoding and would hide a mislabelled body.
 */

const post = `/blog/${slugOf(publicPosts[0]!)}`

describe('cached pages are sent gzip’d to clients that accept it', () => {
  it.each([post, '/blog', '/'])('%s: the same page, gzip’d, with Vary: Accept-Encoding', async (pathname) => {
    // Twice: the first request may render the page, the second is a cache hit.
    await rawGet(pathname, { 'accept-encoding': 'gzip' })
    const gzipped = await rawGet(pathname, { 'accept-encoding': 'gzip, deflate, br' })
    const plain = await rawGet(pathname, { 'accept-encoding': 'identity' })
    expect(gzipped.status).toBe(200)
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(String(gzipped.headers.vary)).toMatch(/accept-encoding/i)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toContain('</html>')
    expect(gunzipSync(gzipped.body).toString()).toBe(plain.body.toString())
    expect(gzipped.headers['content-security-policy']).toBe(plain.headers['content-security-policy'])
  })

  it('a client that sends no Accept-Encoding gets the page as it is', async () => {
    const response = await rawGet(post, {})
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).toMatch(/^<!DOCTYPE html>/)
  })

  it('the designed 404 is gzip’d too, and keeps its status', async () => {
    const missing = '/blog/no-such-post-for-compression'
    await rawGet(missing, { 'accept-encoding': 'gzip' })
    const response = await rawGet(missing, { 'accept-encoding': 'gzip' })
    expect(response.status).toBe(404)
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.body).toString()).toContain('We couldn’t find that page')
  })
})
