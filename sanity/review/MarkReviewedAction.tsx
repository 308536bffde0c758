import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { useState } from 'react'
import { useDocumentOperation, type DocumentActionComponent, type Reference } from 'sanity'
import { reviewedToday, reviewStatus, type ReviewDates } from '../../lib/review'
import { formatDate } from '../../lib/content/dates'
import { useReviewSettings } from './useReviewSettings'

/**
 * "Mark reviewed today" on a post that is overdue or due within 30 days: it is then the primary
 * button, so one click opens a confirmation naming the dates it will set and the second sets Last
 * reviewed and Next review due and publishes, which takes the post off "Needs review". On posts
 * that are not due it stays out of the way (the dates can still be edited by hand).
 */
export const MarkReviewedAction: DocumentActionComponent = (props) => {
  const { patch, publish } = useDocumentOperation(props.id, props.type)
  const settings = useReviewSettings()
  const [confirming, setConfirming] = useState(false)
  const post = (props.draft ?? props.published) as (ReviewDates & { reviewedBy?: Reference }) | null
  const hasReviewer = !!post?.reviewedBy?._ref
  // "Today" is the editor's own calendar day, not UTC's.
  const localNow = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000)
  const dates = settings ? reviewedToday(settings.intervalMonths, localNow) : null
  const due = !!settings && !!post && ['overdue', 'due-soon'].includes(reviewStatus(post, settings.intervalMonths))
  if (!due) return null

  return {
    label: 'Mark reviewed today',
    icon: CheckmarkCircleIcon,
    disabled: !dates || !hasReviewer || !!patch.disabled,
    title: hasReviewer ? 'Record that the reviewer checked this post today' : 'Choose who reviewed the post first (Review › Reviewed by)',
    onHandle: () => setConfirming(true),
    dialog:
      confirming && dates
        ? {
            type: 'confirm',
            tone: 'positive',
            message: `Set Last reviewed to ${formatDate(dates.lastReviewedAt)} and Next review due to ${formatDate(dates.nextReviewDue)}, then publish the post?`,
            // Short: the confirmation is a small popover with two buttons side by side, and the
            // message above already says both steps ("Mark reviewed and p…" was cut off).
            confirmButtonText: 'Publish',
            onCancel: () => setConfirming(false),
            onConfirm: () => {
              patch.execute([{ set: dates }])
              publish.execute()
              setConfirming(false)
              props.onComplete()
            },
          }
        : null,
  }
}
