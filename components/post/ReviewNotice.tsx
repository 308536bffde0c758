import { formatDate, isoDate } from '@/lib/content/dates'
import type { PostPage } from '@/lib/queries/post'
import { PersonLink } from '../authors/PersonLink'
import { SafeLink } from '../SafeLink'

/**
 * Beside the disclaimer: when the post is next due for review. Readers are told plainly when that
 * date has passed — a health page that is out of date should say so rather than look current.
 */
export function ReviewNotice({ review, editorialPolicy }: { review: PostPage['post']['review']; editorialPolicy: string | null }) {
  if (!review?.nextReviewDue) return null
  const due = <time dateTime={isoDate(review.nextReviewDue) ?? undefined}>{formatDate(review.nextReviewDue)}</time>
  return (
    <aside className={`review-notice${review.status === 'overdue' ? ' review-overdue' : ''}`} aria-label="Review schedule">
      {review.status === 'overdue' ? (
        <p>
          <strong>Review overdue.</strong> This article was due for its next review on {due}. Until <PersonLink person={review.reviewer} />{' '}
          or another reviewer has re-checked it, compare what it says with the sources in Works cited.
        </p>
      ) : (
        <p>
          <strong>Next review due</strong> {due}. We re-check every article against its sources on a schedule.
        </p>
      )}
      {editorialPolicy ? (
        <p>
          <SafeLink href={editorialPolicy}>How we write and review articles</SafeLink>
        </p>
      ) : null}
    </aside>
  )
}
