import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import {
  addMonths,
  contentModifiedAt,
  NEEDS_REVIEW_FILTER,
  needsReviewParams,
  nextReviewDate,
  reviewedToday,
  reviewIntervalMonths,
  reviewStatus,
  sortChanges,
} from '.'

const now = new Date('2026-12-01T15:00:00Z')

describe('review schedule', () => {
  it('adds months, landing the 31st on the last day of a shorter month', () => {
    expect(addMonths('2025-07-08', 12)).toBe('2026-07-08')
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28')
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('not a date', 1)).toBeNull()
  })

  it('uses the editor’s next review date, else the last review plus the site interval', () => {
    expect(nextReviewDate({ lastReviewedAt: '2026-01-10', nextReviewDue: '2026-04-01' }, 12)).toBe('2026-04-01')
    expect(nextReviewDate({ lastReviewedAt: '2026-01-10' }, 6)).toBe('2026-07-10')
    expect(nextReviewDate({}, 12)).toBeNull()
  })

  it('falls back to 12 months for a missing or nonsensical interval', () => {
    expect(reviewIntervalMonths(undefined)).toBe(12)
    expect(reviewIntervalMonths(0)).toBe(12)
    expect(reviewIntervalMonths(2.5)).toBe(12)
    expect(reviewIntervalMonths(6)).toBe(6)
  })

  it('is overdue after the due day, due soon within 30 days, current after that', () => {
    expect(reviewStatus({ nextReviewDue: '2026-11-30' }, 12, now)).toBe('overdue')
    expect(reviewStatus({ nextReviewDue: '2026-12-01' }, 12, now)).toBe('due-soon')
    expect(reviewStatus({ nextReviewDue: '2026-12-31' }, 12, now)).toBe('due-soon')
    expect(reviewStatus({ nextReviewDue: '2027-01-01' }, 12, now)).toBe('current')
    expect(reviewStatus({ lastReviewedAt: '2025-11-30' }, 12, now)).toBe('overdue')
    expect(reviewStatus({}, 12, now)).toBe('not-scheduled')
  })

  it('marks a post reviewed today with its next review one interval later', () => {
    expect(reviewedToday(12, now)).toEqual({ lastReviewedAt: '2026-12-01', nextReviewDue: '2027-12-01' })
    expect(reviewedToday(6, new Date('2026-08-31T23:00:00Z'))).toEqual({ lastReviewedAt: '2026-08-31', nextReviewDue: '2027-02-28' })
  })

  it('selects in GROQ exactly the posts reviewStatus calls overdue or due soon, for every interval', async () => {
    const days = Array.from({ length: 800 }, (_, index) => new Date(Date.UTC(2024, 9, 1) + index * 86_400_000).toISOString().slice(0, 10))
    const posts = days.flatMap((day, index) => [
      { _id: `last-${index}`, _type: 'post', lastReviewedAt: day },
      { _id: `next-${index}`, _type: 'post', lastReviewedAt: '2024-01-01', nextReviewDue: day },
    ])
    for (const interval of [1, 6, 12]) {
      const params = needsReviewParams(interval, now)
      const tree = parse(`*[${NEEDS_REVIEW_FILTER}]._id`, { params })
      const selected = new Set((await (await evaluate(tree, { dataset: posts, params })).get()) as string[])
      const expected = posts.filter((post) => ['overdue', 'due-soon'].includes(reviewStatus(post, interval, now))).map((post) => post._id)
      expect([...selected].sort()).toEqual(expected.sort())
    }
  })
})

describe('change log', () => {
  it('lists changes newest first, keeping the editor’s order within a day', () => {
    const changes = [
      { _key: 'a', date: '2025-08-01', kind: 'update', note: 'a' },
      { _key: 'b', date: '2026-02-10', kind: 'correction', note: 'b' },
      { _key: 'c', date: '2025-08-01', kind: 'clarification', note: 'c' },
    ]
    expect(sortChanges(changes).map((change) => change._key)).toEqual(['b', 'a', 'c'])
  })

  it('dates the content by its latest change or update, never before publication', () => {
    const publishedAt = '2025-07-08T08:00:00.000Z'
    expect(contentModifiedAt({ publishedAt })).toBe(publishedAt)
    expect(contentModifiedAt({ publishedAt, updatedAt: '2025-09-01T10:00:00Z', changes: [{ date: '2026-02-10' }] })).toBe(
      '2026-02-10T00:00:00.000Z',
    )
    expect(contentModifiedAt({ publishedAt, updatedAt: '2026-03-01T10:00:00Z', changes: [{ date: '2026-02-10' }] })).toBe(
      '2026-03-01T10:00:00.000Z',
    )
    expect(contentModifiedAt({ publishedAt, changes: [{ date: '2025-07-08' }] })).toBe(publishedAt)
  })
})
