import { describe, expect, it } from 'vitest'
import { SLUG_MAX_LENGTH, isValidPageSlug, isValidSlug, pageSlugProblem, slugProblem } from '.'

describe('the slug rule', () => {
  it('accepts plain lower-case words joined by single hyphens, up to the length limit', () => {
    for (const slug of ['vitamin-d3-and-k2', 'a', '2026', 'x'.repeat(SLUG_MAX_LENGTH)]) {
      expect(isValidSlug(slug), slug).toBe(true)
      expect(slugProblem(slug)).toBeNull()
    }
  })

  it('refuses what would not answer at its own address or could break a sitemap', () => {
    for (const slug of [
      '.',
      '..',
      '../etc',
      'with space',
      'a&b',
      'a<b',
      'a?b',
      'a#b',
      'vitamín',
      'Upper',
      'double--hyphen',
      '-leading',
      'trailing-',
      'x</loc></url><url><loc>https://evil.example/',
      '',
    ]) {
      expect(isValidSlug(slug), slug).toBe(false)
      expect(slugProblem(slug)).toMatch(/lowercase letters/)
    }
    expect(isValidSlug(undefined)).toBe(false)
    expect(isValidSlug(null)).toBe(false)
  })

  it('refuses a slug over the length limit, saying how long it is', () => {
    const long = 'a'.repeat(SLUG_MAX_LENGTH + 1)
    expect(isValidSlug(long)).toBe(false)
    expect(slugProblem(long)).toBe(`The slug is ${SLUG_MAX_LENGTH + 1} characters long; use at most ${SLUG_MAX_LENGTH}`)
  })
})

describe('the page slug rule', () => {
  it("refuses the site's own first path segments, so a page never hides a route", () => {
    for (const slug of ['blog', 'authors', 'search', 'studio', 'api']) expect(pageSlugProblem(slug), slug).toMatch(/site's own addresses/)
    expect(pageSlugProblem('Editorial Policy')).toMatch(/lowercase letters/)
    expect(pageSlugProblem('editorial-policy')).toBeNull()
    expect(isValidPageSlug('about')).toBe(true)
    expect(isValidPageSlug('blog')).toBe(false)
  })
})
