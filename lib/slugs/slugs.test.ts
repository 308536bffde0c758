import { describe, expect, it } from 'vitest'
import { SLUG_MAX_LENGTH, isValidSlug, slugProblem } from '.'

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
