import { isoDate } from '../content/dates'

/**
 * When a post is next due for medical review, and how urgent that is. The one implementation of
 * the review-date rules: Studio validation, the "Needs review" desk list, the overdue badge, the
 * "Mark reviewed today" action, the content check and the reader pages all call these.
 * Dates are calendar dates (`YYYY-MM-DD`), compared as strings.
 */

/** Site settings' `reviewIntervalMonths` when it is not set. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/** A review falling due within this many days shows in "Needs review". */
export const REVIEW_SOON_DAYS = 30

export type ReviewStatus = 'overdue' | 'due-soon' | 'current' | 'not-scheduled'

const DAY_MS = 24 * 60 * 60 * 1000

/** Today's calendar date in UTC. */
export const todayUtc = (now: Date = new Date()) => now.toISOString().slice(0, 10)

/** A usable interval: a whole number of months from 1 to 60, else the default. */
export function reviewIntervalMonths(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60 ? value : DEFAULT_REVIEW_INTERVAL_MONTHS
}

/** `date` plus whole months; the 31st lands on the last day of a shorter month (Aug 31 + 6 → Feb 28). */
export function addMonths(date: string, months: number): string | null {
  const day = isoDate(date)
  if (!day) return null
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(dayOfMonth, lastDay))
  return target.toISOString().slice(0, 10)
}

/** `date` plus (or minus) whole days. */
export function addDays(date: string, days: number): string | null {
  const day = isoDate(date)
  if (!day) return null
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export interface ReviewDates {
  lastReviewedAt?: string | null
  nextReviewDue?: string | null
}

/** The editor's `nextReviewDue`, else the last review plus the site's interval, else none. */
export function nextReviewDate(post: ReviewDates, intervalMonths: number): string | null {
  return isoDate(post.nextReviewDue) ?? (post.lastReviewedAt ? addMonths(post.lastReviewedAt, intervalMonths) : null)
}

/** The last day a review may fall due and still count as "soon" (today + 30 days). */
export const dueSoonUntil = (now: Date = new Date()) => addDays(todayUtc(now), REVIEW_SOON_DAYS)!

/** Overdue once the due date has passed; due soon on that day and for the 30 days before it. */
export function reviewStatus(post: ReviewDates, intervalMonths: number, now: Date = new Date()): ReviewStatus {
  const due = nextReviewDate(post, intervalMonths)
  if (!due) return 'not-scheduled'
  if (due < todayUtc(now)) return 'overdue'
  return due <= dueSoonUntil(now) ? 'due-soon' : 'current'
}

/** What "Mark reviewed today" writes: today, and today plus the site's interval. */
export function reviewedToday(intervalMonths: number, now: Date = new Date()): { lastReviewedAt: string; nextReviewDue: string } {
  const today = todayUtc(now)
  return { lastReviewedAt: today, nextReviewDue: addMonths(today, intervalMonths)! }
}

/**
 * The GROQ filter and parameters for posts whose review is overdue or due soon: the same rule as
 * `reviewStatus`, for lists the Content Lake filters (the Studio's "Needs review"). A post without
 * `nextReviewDue` falls due `intervalMonths` after its last review, so it matches when its last
 * review is on or before the latest date whose default due date is still inside the window.
 */
export const NEEDS_REVIEW_FILTER = `_type == "post" && (
  (defined(nextReviewDue) && nextReviewDue <= $dueBy) ||
  (!defined(nextReviewDue) && defined(lastReviewedAt) && lastReviewedAt <= $reviewedOnOrBefore)
)`

export function needsReviewParams(intervalMonths: number, now: Date = new Date()): { dueBy: string; reviewedOnOrBefore: string } {
  const dueBy = dueSoonUntil(now)
  // addMonths never decreases as its input grows, so step back from the first candidate past dueBy.
  let reviewedOnOrBefore = addMonths(dueBy, -intervalMonths)!
  while (addMonths(reviewedOnOrBefore, intervalMonths)! > dueBy) reviewedOnOrBefore = addDays(reviewedOnOrBefore, -1)!
  while (addMonths(addDays(reviewedOnOrBefore, 1)!, intervalMonths)! <= dueBy) reviewedOnOrBefore = addDays(reviewedOnOrBefore, 1)!
  return { dueBy, reviewedOnOrBefore }
}
