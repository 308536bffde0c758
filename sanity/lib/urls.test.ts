import { describe, expect, test } from 'vitest'
import { parseVideoUrl } from '../../lib/content/video'
import { checkLinkHref, checkSourceUrl, checkVideoUrl } from './urls'

describe('checkSourceUrl', () => {
  test.each([
    'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
    'http://example.org/page',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/#:~:text=vitamin%20K2,-activates',
  ])('accepts %s', (url) => expect(checkSourceUrl(url)).toBe(true))

  test.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.org/file', '/blog/post', 'example.org', 'https://'])(
    'refuses %s',
    (url) => expect(checkSourceUrl(url)).toMatch(/https:\/\//),
  )
})

describe('checkLinkHref', () => {
  test.each([
    'https://example.org',
    'http://example.org/a?b=c',
    'mailto:editor@example.org',
    'tel:+15551234567',
    '/blog/vitamin-d',
    '#works-cited',
    '?q=calcium',
  ])('accepts %s', (href) => expect(checkLinkHref(href)).toBe(true))

  test.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example/path', 'blog/post'])(
    'refuses %s',
    (href) => expect(checkLinkHref(href)).toMatch(/mailto:/),
  )
})

describe('parseVideoUrl', () => {
  test.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=10', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube', 'dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'vimeo', '76979871'],
    ['https://player.vimeo.com/video/76979871', 'vimeo', '76979871'],
  ])('%s is %s video %s', (url, provider, id) => expect(parseVideoUrl(url)).toEqual({ provider, id }))

  test.each([
    'https://example.com/watch?v=abc',
    'https://www.youtube.com/channel/xyz',
    'https://vimeo.com/about',
    'javascript:alert(1)',
    'https://youtube.com.evil.example/watch?v=x',
  ])('refuses %s', (url) => {
    expect(parseVideoUrl(url)).toBeUndefined()
    expect(checkVideoUrl(url)).toMatch(/YouTube/)
  })
})
