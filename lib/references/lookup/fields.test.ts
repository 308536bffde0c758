import { describe, expect, test } from 'vitest'
import { fillGaps, issuedFromDateParts, issuedFromText, personFromName } from './fields'

describe('dates as `issued`', () => {
  test.each([
    ['2008 Aug 13', '2008-08-13'],
    ['2019 Spring', '2019'],
    ['2019 Mar', '2019-03'],
    ['2021/03/01', '2021-03-01'],
    ['2025-06-27T10:00:00Z', '2025-06-27'],
    ['2019-03', '2019-03'],
    ['soon', undefined],
  ])('%s → %s', (text, issued) => expect(issuedFromText(text)).toBe(issued))

  test('Crossref date-parts: year only, year-month, a month out of range stays a year', () => {
    expect(issuedFromDateParts([2018])).toBe('2018')
    expect(issuedFromDateParts([2018, 2])).toBe('2018-02')
    expect(issuedFromDateParts([2018, 13, 1])).toBe('2018')
    expect(issuedFromDateParts([null])).toBeUndefined()
  })
})

test('names: "Family, Given", "Given Family", one word', () => {
  expect(personFromName('Testwell, Ada B')).toEqual({ family: 'Testwell', given: 'Ada B' })
  expect(personFromName('Ada B. Testwell')).toEqual({ family: 'Testwell', given: 'Ada B.' })
  expect(personFromName('Plato')).toEqual({ family: 'Plato' })
})

test('fillGaps keeps what is there and fills empty fields and empty lists', () => {
  expect(fillGaps({ title: 'A', authors: [] }, { title: 'B', authors: [{ literal: 'X' }], volume: '2' })).toEqual({
    title: 'A',
    authors: [{ literal: 'X' }],
    volume: '2',
  })
})
