import { formatDate, isMeaningfulUpdate, isoDate } from '@/lib/content/dates'

/** Published date, an update when it is on a later day, and reading time. */
export function PostMeta({
  publishedAt,
  updatedAt,
  readingTimeMinutes,
  author,
}: {
  publishedAt: string
  updatedAt?: string | null
  readingTimeMinutes: number
  author?: string | null
}) {
  const published = formatDate(publishedAt)
  const updated = isMeaningfulUpdate(publishedAt, updatedAt) ? formatDate(updatedAt) : null
  return (
    <p className="meta">
      {author ? (
        <span className="meta-item">
          By <span className="meta-author">{author}</span>
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
