import { formatDate, isMeaningfulUpdate, isoDate } from '@/lib/content/dates'
import type { AuthorLink } from '@/lib/queries/fragments'
import { PersonLink } from './authors/PersonLink'

/** A card's byline: author (linked to their page), published date, an update on a later day, reading time. */
export function PostMeta({
  publishedAt,
  updatedAt,
  readingTimeMinutes,
  author,
}: {
  publishedAt: string
  updatedAt?: string | null
  readingTimeMinutes: number
  author?: AuthorLink | null
}) {
  const published = formatDate(publishedAt)
  const updated = isMeaningfulUpdate(publishedAt, updatedAt) ? formatDate(updatedAt) : null
  return (
    <p className="meta">
      {author ? (
        <span className="meta-item">
          By <PersonLink person={author} className="meta-author" />
        </span>
      ) : null}
      {published ? (
        <span className="meta-item">
          <time dateTime={isoDate(publishedAt) ?? undefined}>{published}</time>
        </span>
      ) : null}
      {updated ? (
        <span className="meta-item">
          Updated <time dateTime={isoDate(updatedAt) ?? undefined}>{updated}</time>
        </span>
      ) : null}
      <span className="meta-item">{readingTimeMinutes} min read</span>
    </p>
  )
}
