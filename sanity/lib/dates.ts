/**
 * Editor-side date rules for `date` fields (`YYYY-MM-DD`). Dates are shown as the site shows
 * them (lib/content/dates.ts).
 */

// The date is "today" somewhere on Earth until it is today in UTC+14, the furthest-ahead zone,
// so an editor anywhere can enter their own today without being told it is in the future.
const LATEST_UTC_OFFSET_MS = 14 * 60 * 60 * 1000

/** The latest calendar date that is today anywhere, as `YYYY-MM-DD`. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + LATEST_UTC_OFFSET_MS).toISOString().slice(0, 10)
}

/** An error message when a `YYYY-MM-DD` date lies in the future, otherwise true. */
export function checkNotInFuture(value: string | undefined, what: string, now: Date = new Date()): true | string {
  if (!value) return true
  return value > latestToday(now) ? `${what} cannot be in the future` : true
}
