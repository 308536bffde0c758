import { formatDate, isoDate } from '@/lib/content/dates'
import type { PostPage, ReviewPolicy } from '@/lib/queries/post'
import { PersonLink } from '../authors/PersonLink'
import { PageLink } from '../PageLink'

/**
 * Under the byline: the overdue notice, told plainly (a health page that is out of date should
 * say so where the reader starts, not after the sources), and "How we reviewed this", a
 * disclosure that opens in place and links the editorial policy.
 */
export function ReviewNotice({
  review,
  policy,
}: {
  review: PostPage['post']['review']
  policy: Pick<ReviewPolicy, 'editorialPolicy' | 'intervalMonths'>
}) {
  const overdue = review?.status === 'overdue' && review.nextReviewDue
  if (!review && !policy.editorialPolicy) return null
  return (
    <div className="review-info">
      {overdue ? (
        <p className="review-notice review-overdue" role="note">
          <strong>Review overdue.</strong> This article was due for its next review on{' '}
          <time dateTime={isoDate(review.nextReviewDue) ?? undefined}>{formatDate(review.nextReviewDue)}</time>. Until{' '}
          <PersonLink person={review.reviewer} /> or another reviewer has re-checked it, compare what it says with the sources in Works
          cited.
        </p>
      ) : null}
      <details className="review-method">
        <summary>How we reviewed this</summary>
        {review ? (
          <p>
            <PersonLink person={review.reviewer} />
            {review.reviewer.role ? `, ${review.reviewer.role},` : ''} checked each claim against the sources listed under Works cited on{' '}
            <time dateTime={isoDate(review.lastReviewedAt) ?? undefined}>{formatDate(review.lastReviewedAt)}</time>. Every article is
            re-checked at least every {policy.intervalMonths} months.
          </p>
        ) : (
          <p>Every claim in this article links to the source it comes from, listed under Works cited.</p>
        )}
        {policy.editorialPolicy ? (
          <p>
            <PageLink href={policy.editorialPolicy}>Read our editorial policy</PageLink>
          </p>
        ) : null}
      </details>
    </div>
  )
}
