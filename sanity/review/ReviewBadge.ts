import type { DocumentBadgeComponent } from 'sanity'
import { nextReviewDate, reviewStatus, type ReviewDates } from '../../lib/review'
import { formatDate } from '../../lib/content/dates'
import { useReviewSettings } from './useReviewSettings'

/** "Review overdue" / "Review due soon" beside a post's title, from the latest version of its dates. */
export const ReviewBadge: DocumentBadgeComponent = (props) => {
  const settings = useReviewSettings()
  const post = (props.draft ?? props.published) as ReviewDates | null
  if (!settings || !post) return null
  const due = formatDate(nextReviewDate(post, settings.intervalMonths) ?? undefined)
  switch (reviewStatus(post, settings.intervalMonths)) {
    case 'overdue':
      return { label: 'Review overdue', color: 'danger', title: `The next review was due on ${due}` }
    case 'due-soon':
      return { label: 'Review due soon', color: 'warning', title: `The next review is due on ${due}` }
    default:
      return null
  }
}
