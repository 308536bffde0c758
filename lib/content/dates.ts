/**
 * Dates as readers see them. Formatted in UTC: a date-only value such as an accessed date
 * ("2025-06-27") is midnight UTC, and any other zone would show it as the day before.
 */

const LONG_DATE = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })

function parse(value: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** Milliseconds since the epoch, for comparing dates without formatting them; `null` if unreadable. */
export function timeOf(value: string | null | undefined): number | null {
  return value ? (parse(value)?.getTime() ?? null) : null
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
