/**
 * Dates as readers see them. Formatted in UTC: a date-only value such as an accessed date
 * ("2025-06-27") is midnight UTC, and any other zone would show it as the day before.
 */

const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

// What Sanity stores: a `date` (YYYY-MM-DD) or a `datetime` (ISO 8601 with a zone). Anything else —
// "2026-13-45", a six-digit year like "+010000-01-01", free text — is not a date the site shows:
// Date.parse would roll some of them over to another day and accept years no reader means.
const STORED_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const daysIn = (year: number, month: number) =>
  DAYS_IN_MONTH[month - 1]! + (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0)

/** Whether `value` is a date or date-time as Sanity stores it, every field in range. */
export function isReadableDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const fields = STORED_DATE.exec(value)
  if (!fields) return false
  const [, year, month, day, hour = '00', minute = '00', second = '00', zoneHour = '00', zoneMinute = '00'] = fields as unknown as string[]
  const m = Number(month)
  return (
    m >= 1 &&
    m <= 12 &&
    Number(day) >= 1 &&
    Number(day) <= daysIn(Number(year), m) &&
    hour < '24' &&
    minute < '60' &&
    second < '60' &&
    zoneHour < '24' &&
    zoneMinute < '60'
  )
}

function parse(value: string): Date | null {
  if (!isReadableDate(value)) return null
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : value)
}

/** Milliseconds since the epoch, for comparing dates without formatting them; `null` if unreadable. */
export function timeOf(value: string | null | undefined): number | null {
  if (!isReadableDate(value)) return null
  // Date.parse reads a date-only ISO value as midnight UTC, as parse() does; no Date is made.
  return Date.parse(value)
}

// The UTC forms Sanity stores: a date, or a date and time in Z with or without milliseconds.
const UTC_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z)?$/
/**
 * The full ISO timestamp of `time`, which was read from `value`: spelled out from `value`'s own
 * fields when it is a UTC form, so the sitemap does not format every post's date through a Date —
 * toISOString() was a fifth of its time. Date.parse rolls "2025-02-30" over to March, so only
 * fields that are all in range are used as they are.
 */
export function isoTimestamp(time: number, value: string): string {
  const fields = UTC_VALUE.exec(value)
  if (fields) {
    const [, year, month, day, hour = '00', minute = '00', second = '00', millis = '.000'] = fields as unknown as string[]
    const [y, m, d] = [Number(year), Number(month), Number(day)]
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && hour < '24' && minute < '60' && second < '60') {
      return `${year}-${month}-${day}T${hour}:${minute}:${second}${millis}Z`
    }
  }
  return new Date(time).toISOString()
}

/** "June 27, 2025", or `null` for a missing or unreadable value. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = parse(value)
  return date ? LONG_DATE.format(date) : null
}

/** The machine-readable form for `<time dateTime>`: the date part in UTC ("2025-06-27"). */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null
  const date = parse(value)
  return date ? date.toISOString().slice(0, 10) : null
}

/** A full ISO timestamp for JSON-LD and the sitemap, or `null`. */
export function isoDateTime(value: string | null | undefined): string | null {
  if (!value) return null
  const date = parse(value)
  return date ? date.toISOString() : null
}

/** RFC 822 date for RSS `pubDate` ("Fri, 27 Jun 2025 00:00:00 GMT"). */
export function rfc822Date(value: string): string | null {
  const date = parse(value)
  return date ? date.toUTCString() : null
}

/** Whether an update is worth showing: a different calendar day from publication. */
export function isMeaningfulUpdate(publishedAt: string, updatedAt: string | null | undefined): boolean {
  const published = isoDate(publishedAt)
  const updated = isoDate(updatedAt)
  return !!updated && !!published && updated > published
}
