import { describe, expect, it } from 'vitest'
import { WORDS_PER_MINUTE, countWords, readingTimeMinutes } from './reading-time'

describe('reading time', () => {
  it('counts words across any whitespace', () => {
    expect(countWords('  Vitamin D3\tand\nK2  ')).toBe(4)
    expect(countWords('')).toBe(0)
  })

  it('rounds to whole minutes and never says zero', () => {
    expect(readingTimeMinutes(0)).toBe(1)
    expect(readingTimeMinutes(WORDS_PER_MINUTE * 4)).toBe(4)
    expect(readingTimeMinutes(WORDS_PER_MINUTE * 4.6)).toBe(5)
  })
})
