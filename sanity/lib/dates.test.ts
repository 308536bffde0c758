import { expect, test } from 'vitest'
import { checkNotInFuture, formatCalendarDate, latestToday } from './dates'

const now = new Date('2025-06-27T12:00:00Z')

test('today anywhere on Earth is not the future, tomorrow everywhere is', () => {
  expect(latestToday(now)).toBe('2025-06-28')
  expect(checkNotInFuture('2025-06-27', 'The accessed date', now)).toBe(true)
  expect(checkNotInFuture('2025-06-28', 'The accessed date', now)).toBe(true)
  expect(checkNotInFuture('2025-06-29', 'The accessed date', now)).toBe('The accessed date cannot be in the future')
  expect(checkNotInFuture(undefined, 'The accessed date', now)).toBe(true)
})

test('calendar dates format without shifting across time zones', () => {
  expect(formatCalendarDate('2025-06-27')).toBe('June 27, 2025')
  expect(formatCalendarDate('2025-01-01T23:30:00Z')).toBe('January 1, 2025')
  expect(formatCalendarDate('not a date')).toBeUndefined()
  expect(formatCalendarDate(undefined)).toBeUndefined()
})
