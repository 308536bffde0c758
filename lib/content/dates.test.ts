import { describe, expect, it } from 'vitest'
import { formatDate, isMeaningfulUpdate, isReadableDate, isoDate, isoDateTime, isoTimestamp, rfc822Date, timeOf } from './dates'

describe('formatDate', () => {
  it('formats a date-only value without shifting it a day', () => {
    expect(formatDate('2025-06-27')).toBe('June 27, 2025')
  })

  it('formats a timestamp by its UTC day', () => {
    expect(formatDate('2025-06-27T23:30:00-05:00')).toBe('June 28, 2025')
    expect(formatDate('2025-01-01T00:00:00Z')).toBe('January 1, 2025')
  })

  it('returns null for missing or unreadable values', () => {
    expect(formatDate(null)).toBeNull()
    expect(formatDate('')).toBeNull()
    expect(formatDate('someday')).toBeNull()
  })
})

describe('unreadable dates', () => {
  // Date.parse takes all of these (rolling some over to another day), so the site used to show
  // and sort them; Sanity never stores them, and readers should not see them.
  it.each([
    '2026-13-45',
    '2025-02-30',
    '+010000-01-01',
    '2025-06-27T24:00:00Z',
    '2025-06-27T00:60:00Z',
    '2025-06-27 10:00',
    '27 June 2025',
    'someday',
  ])('%s is treated as absent everywhere', (value) => {
    expect(isReadableDate(value)).toBe(false)
    expect(timeOf(value)).toBeNull()
    expect(formatDate(value)).toBeNull()
    expect(isoDate(value)).toBeNull()
    expect(isoDateTime(value)).toBeNull()
    expect(rfc822Date(value)).toBeNull()
  })

  it('reads what Sanity stores: dates, and date-times with a zone', () => {
    for (const value of ['2024-02-29', '2025-06-27T10:00Z', '2025-06-27T10:00:00.000Z', '2025-06-27T23:30:00-05:00'])
      expect(isReadableDate(value), value).toBe(true)
  })
})

describe('machine dates', () => {
  it('gives the UTC date for <time> and a full timestamp for JSON-LD', () => {
    expect(isoDate('2025-06-27T10:00:00Z')).toBe('2025-06-27')
    expect(isoDateTime('2025-06-27')).toBe('2025-06-27T00:00:00.000Z')
    expect(isoDateTime('nope')).toBeNull()
  })

  it('gives RFC 822 dates for RSS', () => {
    expect(rfc822Date('2025-06-27T00:00:00Z')).toBe('Fri, 27 Jun 2025 00:00:00 GMT')
  })
})

describe('isMeaningfulUpdate', () => {
  it('shows an update only when it falls on a later day', () => {
    expect(isMeaningfulUpdate('2025-06-01T08:00:00Z', '2025-06-01T17:00:00Z')).toBe(false)
    expect(isMeaningfulUpdate('2025-06-01T08:00:00Z', '2025-07-02T09:00:00Z')).toBe(true)
    expect(isMeaningfulUpdate('2025-06-01T08:00:00Z', null)).toBe(false)
  })
})

describe('isoTimestamp', () => {
  // What the sitemap shows as lastmod must not depend on whether the stored value was passed through.
  it.each([
    '2025-06-27T10:00:00.000Z',
    '2024-02-29T23:59:59.999Z',
    '2025-02-29T00:00:00.000Z',
    '2025-02-30T00:00:00.000Z',
    '2025-04-31T10:00:00.000Z',
    '2025-06-27T24:00:00.000Z',
    '2100-02-29T00:00:00.000Z',
    '2025-06-27T10:00:00Z',
    '2025-06-27T10:00:00.000+02:00',
    '2025-06-27',
    '2024-02-29',
    '2023-02-29',
    '2025-06-27T10:00Z',
  ])('gives what toISOString() gives for %s', (value) => {
    const time = Date.parse(value)
    expect(isoTimestamp(time, value)).toBe(new Date(time).toISOString())
  })
})
