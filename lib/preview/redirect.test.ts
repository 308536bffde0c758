import { expect, test } from 'vitest'
import { safeRedirectPath } from './redirect'

test('keeps a path on this site, with its query and hash', () => {
  expect(safeRedirectPath('/blog/vitamin-d?x=1#works-cited')).toBe('/blog/vitamin-d?x=1#works-cited')
})

test('anything that would leave the site becomes the fallback', () => {
  for (const value of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '\\\\evil.example']) {
    expect(safeRedirectPath(value)).toBe('/')
  }
})

test('a missing value is the fallback', () => {
  expect(safeRedirectPath(null, '/blog')).toBe('/blog')
  expect(safeRedirectPath('')).toBe('/')
})
