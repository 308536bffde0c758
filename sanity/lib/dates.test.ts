import { expect, test } from 'vitest'
import { checkNotInFuture, latestToday } from './dates'

const now = new Date('2025-06-27T12:00:00Z')

test('today anywhere on Earth is not the future, tomorrow everywhere is', () => {
  expect(latestToday(now)).toBe('2025-06-28')
  expect(checkNotInFuture('2025-06-27', 'The accessed date', now)).toBe(true)
  expect(checkNotInFuture('2025-06-28', 'The accessed date', now)).toBe(true)
  expect(checkNotInFuture('2025-06-29', 'The accessed date', now)).toBe('The accessed date cannot be in the future')
  expect(checkNotInFuture(undefined, 'The accessed date', now)).toBe(true)
})
