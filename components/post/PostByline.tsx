import { formatDate, isMeaningfulUpdate, isoDate } from '@/lib/content/dates'
import type { PostPage } from '@/lib/queries/post'
import { PersonLink } from '../authors/PersonLink'
import { Portrait } from '../authors/Portrait'

/**
 * Who stands behind the post, at the top as a health publisher shows it: the writer and the
 * reviewer with portrait, credentials and role, then the dates in one line — "Published … ·
 * Updated … · Last reviewed … · Next review … · 9 min read".
 */
export function PostByline({ post }: { post: PostPage['post'] }) {
  const { author, review } = post
  const dated = (label: string, value: string) => (
    <li className="meta-item">
      {label} <time dateTime={isoDate(value) ?? undefined}>{formatDate(value)}</time>
    </li>
  )
  const people = [
    author ? { key: 'author', label: 'By', person: author } : null,
    review ? { key: 'reviewer', label: review.label, person: review.reviewer } : null,
  ].flatMap((entry) => (entry ? [entry] : []))
  return (
    <>
      {people.length > 0 ? (
        <ul className="byline-people" role="list">
          {people.map(({ key, label, person }) => (
            <li key={key} className="byline-person">
              <Portrait name={person.name} image={person.image} />
              <span>
                <span className="byline-label">{label}</span> <PersonLink person={person} className="meta-author" />
                {person.role ? (
                  <>
                    {' '}
                    <span className="byline-role">{person.role}</span>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="meta byline" role="list">
        {dated('Published', post.publishedAt)}
        {isMeaningfulUpdate(post.publishedAt, post.modifiedAt) ? dated('Updated', post.modifiedAt) : null}
        {review ? dated('Last reviewed', review.lastReviewedAt) : null}
        {review?.nextReviewDue && review.status !== 'overdue' ? dated('Next review', review.nextReviewDue) : null}
        <li className="meta-item">{post.readingTimeMinutes} min read</li>
      </ul>
    </>
  )
}
