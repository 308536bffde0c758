import { z } from 'zod'
import { withoutFragment } from './text-fragment'

/**
 * The Internet Archive's Wayback availability API: the snapshot closest to a date.
 * `GET <api>?url=<address>&timestamp=YYYYMMDD` answers
 * `{"archived_snapshots": {"closest": {"available": true, "url", "timestamp", "status"}}}`, or
 * `{"archived_snapshots": {}}` when nothing is archived.
 */

const availabilitySchema = z.object({
  archived_snapshots: z
    .object({
      closest: z
        .object({ available: z.boolean(), url: z.string(), timestamp: z.string().regex(/^\d{4,14}$/), status: z.string().optional() })
        .optional(),
    })
    .optional(),
})

export interface Snapshot {
  url: string
  /** When the snapshot was taken (ISO). */
  archivedAt: string
}

/** "20250627083015" → "2025-06-27T08:30:15.000Z" (missing parts count as zero). */
export function waybackTimestampToIso(timestamp: string): string | null {
  const padded = timestamp.padEnd(14, '0')
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(padded) ?? []
  const date = new Date(`${y}-${mo === '00' ? '01' : mo}-${d === '00' ? '01' : d}T${h}:${mi}:${s}Z`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** An archived copy's date from a Wayback address (`/web/20250627083015/…`), for an editor-supplied archive link. */
export function snapshotDateOfWaybackUrl(url: string): string | null {
  const match = /^https?:\/\/web\.archive\.org\/web\/(\d{8,14})[a-z_]*\//i.exec(url)
  return match ? waybackTimestampToIso(match[1]!) : null
}

export interface WaybackOptions {
  apiUrl: string
  userAgent: string
  timeoutMs: number
  fetch?: typeof fetch
}

/**
 * The snapshot closest to `accessedAt`, or null when there is none (or only a snapshot of an
 * error page). Throws when the API cannot be reached or answers nonsense: the caller keeps
 * what it knew.
 */
export async function findSnapshot(sourceUrl: string, accessedAt: string | null, options: WaybackOptions): Promise<Snapshot | null> {
  const api = new URL(options.apiUrl)
  api.searchParams.set('url', withoutFragment(sourceUrl))
  const day = accessedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/)
  if (day) api.searchParams.set('timestamp', `${day[1]}${day[2]}${day[3]}`)
  const response = await (options.fetch ?? fetch)(api, {
    headers: { 'user-agent': options.userAgent, accept: 'application/json' },
    signal: AbortSignal.timeout(options.timeoutMs),
    redirect: 'follow',
  })
  if (!response.ok) throw new Error(`Wayback availability API answered ${response.status}`)
  const parsed = availabilitySchema.safeParse(await response.json())
  if (!parsed.success) throw new Error(`Wayback availability API answered an unexpected shape: ${parsed.error.issues[0]?.message}`)
  const closest = parsed.data.archived_snapshots?.closest
  if (!closest?.available) return null
  // A snapshot of a 404 page is no archived copy of the source.
  if (closest.status && !/^2\d\d$/.test(closest.status)) return null
  const archivedAt = waybackTimestampToIso(closest.timestamp)
  if (!archivedAt) return null
  // The API answers http:// addresses; the archive serves the same page over https.
  const url = closest.url.replace(/^http:\/\/web\.archive\.org\//i, 'https://web.archive.org/')
  return /^https?:\/\//i.test(url) ? { url, archivedAt } : null
}

/**
 * Whether the availability API answers at all (any HTTP status): the run's witness that the
 * checker's own network works when most cited hosts gave no answer.
 */
export async function archiveAnswers(options: WaybackOptions): Promise<boolean> {
  try {
    const response = await (options.fetch ?? fetch)(options.apiUrl, {
      headers: { 'user-agent': options.userAgent, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs),
    })
    await response.body?.cancel()
    return true
  } catch {
    return false
  }
}
