import { describe, expect, it } from 'vitest'
import { initials } from './initials'

describe('initials', () => {
  it('takes the first letters of the first and last name, accents kept', () => {
    expect(initials('Amara Nwosu')).toBe('AN')
    expect(initials('Tomás Ribeiro')).toBe('TR')
    expect(initials('  maya   van der Lindqvist ')).toBe('ML')
    expect(initials('Émile')).toBe('É')
  })

  it('skips punctuation and never returns nothing', () => {
    expect(initials('(Dr.) Priya Raman')).toBe('DR')
    expect(initials('')).toBe('?')
  })
})
