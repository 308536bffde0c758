import { expect, test } from 'vitest'
import { safeRedirectPath } from './redirect'

test('keeps a path on this site, with its query and hash', () => {
  expect(safeRedirectPath('/blog/vitamin-d?x=1#works-cited')).toBe('/blog/vitamin-d?x=1#works-cited')
})

test('anything that would leave the site becomes the fallback', () => {
  for (const value of [
    '//evil.example/x',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '\\\\evil.example',
    '/.//evil.example/x',
    '/..//evil.example',
    '/%2e//evil.example',
    '/./\\evil.example',
  ]) {
    expect(safeRedirectPath(value)).toBe('/')
  }
})

test('a missing value is the fallback', () => {
  expect(safeRedirectPath(null, '/blog')).toBe('/blog')
  expect(safeRedirectPath('')).toBe('/')
})

test('a Studio preview link cannot send the editor off the site either', async () => {
  const { withSafePreviewPathname } = await import('./enable')
  const request = new Request(
    'https://cited.example/api/draft-mode/enable?sanity-preview-secret=s&sanity-preview-pathname=%2F.%2F%2Fevil.example%2Fx',
  )
  expect(new URL(withSafePreviewPathname(request).url).searchParams.get('sanity-preview-pathname')).toBe('/')
  const kept = new Request(
    'https://cited.example/api/draft-mode/enable?sanity-preview-secret=s&sanity-preview-pathname=%2Fblog%2Fvitamin-d',
  )
  expect(new URL(withSafePreviewPathname(kept).url).searchParams.get('sanity-preview-pathname')).toBe('/blog/vitamin-d')
})
