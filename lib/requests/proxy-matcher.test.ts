import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it } from 'vitest'
import { config } from '@/proxy'
import { MAX_PATH_LENGTH, MAX_SEGMENT_LENGTH, judgeRequest } from './guard'

const runsFor = (url: string, init: { headers?: Record<string, string>; cookies?: Record<string, string> } = {}) =>
  unstable_doesMiddlewareMatch({ config, url: `https://cited.example${url}`, ...init })

describe('which requests the proxy runs for', () => {
  it('not a plain GET of a page, an asset or a feed: those go straight to Next', () => {
    for (const url of [
      '/',
      '/blog',
      '/blog/vitamin-d-blood-test',
      '/blog/category/news/page/2',
      '/feed.xml',
      '/media/x.png',
      '/_next/static/chunks/a.js',
    ])
      expect(runsFor(url), url).toBe(false)
    expect(runsFor('/blog/vitamin-d-blood-test?_rsc=abc', { headers: { rsc: '1' } })).toBe(false)
  })

  it('every address the guard refuses, and any escaped one', () => {
    const refused = [
      '/blog/%',
      '/blog/a%00b',
      `/blog/${'a'.repeat(MAX_SEGMENT_LENGTH + 1)}`,
      `/blog/${Array(MAX_PATH_LENGTH / 2)
        .fill('a')
        .join('/')}`,
    ]
    for (const url of refused) {
      expect(judgeRequest('GET', url, '').kind, url.slice(0, 40)).not.toBe('pass')
      expect(runsFor(url), url.slice(0, 40)).toBe(true)
    }
    expect(runsFor('/blog/caf%C3%A9')).toBe(true)
    // The longest segment and address the guard lets through need no proxy either.
    expect(runsFor(`/blog/${'a'.repeat(MAX_SEGMENT_LENGTH)}`)).toBe(false)
  })

  it('search, the Studio, draft mode and any request with a body', () => {
    expect(runsFor('/search?q=vitamin')).toBe(true)
    expect(runsFor('/studio/structure')).toBe(true)
    expect(runsFor('/blog/vitamin-d-blood-test', { cookies: { __prerender_bypass: 'x' } })).toBe(true)
    expect(runsFor('/blog/vitamin-d-blood-test', { headers: { 'content-length': '0' } })).toBe(true)
    expect(runsFor('/blog', { headers: { 'transfer-encoding': 'chunked' } })).toBe(true)
    expect(runsFor('/_next/static/chunks/a.js', { cookies: { __prerender_bypass: 'x' } })).toBe(false)
  })
})
