import { isoDate, isoTimestamp, timeOf } from '../content/dates'

/**
 * A post's "Updates and corrections" log: what changed since publication, newest first, and the
 * date the content last changed (JSON-LD `dateModified`, the sitemap's `lastmod`, the feed).
 */

export const CHANGE_KINDS = ['correction', 'update', 'clarification'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  correction: 'Correction',
  update: 'Update',
  clarification: 'Clarification',
}

export interface Change {
  _key: string
  date: string
  kind: ChangeKind
  note: string
}

/** Newest first; entries on the same day keep the editor's order. */
export function sortChanges<T extends { date: string }>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index, day: isoDate(change.date) ?? '' }))
    .sort((a, b) => (a.day === b.day ? a.index - b.index : a.day < b.day ? 1 : -1))
    .map(({ change }) => change)
}

/**
 * When the content last changed: the latest of the editor's `updatedAt` and the dated entries of
 * the change log, as a full ISO timestamp; the publication date when neither is later.
 */
export function contentModifiedAt(post: {
  publishedAt: string
  updatedAt?: string | null
  changes?: readonly { date: string }[] | null
}): string | null {
  // Plain loops, no list of dates built: the sitemap asks this of every post in the archive.
  let latest: number | null = null
  let latestValue = ''
  const consider = (value: string | null | undefined) => {
    const time = timeOf(value)
    if (time === null || (latest !== null && time <= latest)) return
    latest = time
    latestValue = value!
  }
  consider(post.publishedAt)
  consider(post.updatedAt)
  for (const change of post.changes ?? []) consider(change.date)
  return latest === null ? null : isoTimestamp(latest, latestValue)
}
