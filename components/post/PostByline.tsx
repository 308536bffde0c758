import { formatDate, isMeaningfulUpdate, isoDate } from '@/lib/content/dates'
import type { PostPage } from '@/lib/queries/post'
import { PersonLink } from '../authors/PersonLink'

/** "By A · Medically reviewed by B, MD · Published … · Last reviewed … · 9 min read". */
export function PostByline({ post }: { post: PostPage['post'] }) {
  const { author, review } = post
  const dated = (label: string, value: string) => (
    <span className="meta-item">
      {label} <time dateTime={isoDate(value) ?? undefined}>{formatDate(value)}</time>
    </span>
  )
  return (
    <p className="meta byline">
      {author ? (
        <span className="meta-item">
          By <PersonLink person={author} className="meta-author" />
        </span>
      ) : null}
      {review ? (
        <span className="meta-item">
          {review.label} <PersonLink person={review.reviewer} className="meta-author" />
        </span>
      ) : null}
      {dated('Published', post.publishedAt)}
      {review
        ? dated('Last reviewed', review.lastReviewedAt)
        : isMeaningfulUpdate(post.publishedAt, post.modifiedAt)
          ? dated('Updated', post.modifiedAt)
          : null}
      <span className="meta-item">{post.readingTimeMinutes} min read</span>
    </p>
  )
}
