import type { Reference, ValidationContext } from 'sanity'
import { isoDate } from '../../lib/content/dates'
import { nextReviewDate, reviewStatus } from '../../lib/review'
import { apiVersion } from '../env'
import { formatDate } from '../../lib/content/dates'
import { checkNotInFuture } from '../lib/dates'
import { fetchReviewSettings, type QueryClient } from './settings'

/** Validation of a post's review fields, worded for the editor who has to fix them. */

type PostReviewFields = {
  author?: Reference
  publishedAt?: string
  reviewedBy?: Reference
  lastReviewedAt?: string
  nextReviewDue?: string
}

const postOf = (context: ValidationContext) => (context.document ?? {}) as PostReviewFields
const settingsOf = (context: ValidationContext) => fetchReviewSettings(context.getClient({ apiVersion }) as unknown as QueryClient)

export async function checkReviewer(reviewer: Reference | undefined, context: ValidationContext): Promise<true | string> {
  const post = postOf(context)
  const settings = await settingsOf(context)
  if (!reviewer?._ref) {
    return settings.requireReviewer ? 'Choose who reviewed this post: Site settings require a reviewer on every post' : true
  }
  if (!settings.allowSelfReview && post.author?._ref && post.author._ref === reviewer._ref) {
    return 'The reviewer must be someone other than the author: Site settings do not let writers review their own posts'
  }
  return true
}

export function checkLastReviewedAt(value: string | undefined, context: ValidationContext): true | string {
  const post = postOf(context)
  if (!value) return post.reviewedBy?._ref ? 'Give the day the reviewer checked the post' : true
  const future = checkNotInFuture(value, 'The review date')
  if (future !== true) return future
  const published = isoDate(post.publishedAt)
  if (published && value < published) {
    return `The review date cannot be before the post was published (${formatDate(published)})`
  }
  return true
}

export const checkNextReviewDue = {
  order(value: string | undefined, context: ValidationContext): true | string {
    const last = postOf(context).lastReviewedAt
    return value && last && value <= last ? `The next review must come after the last review (${formatDate(last)})` : true
  },
  /** A warning, not an error: an overdue post stays published while it waits for its reviewer. */
  async overdue(_value: string | undefined, context: ValidationContext): Promise<true | string> {
    const post = postOf(context)
    const { intervalMonths } = await settingsOf(context)
    if (reviewStatus(post, intervalMonths) !== 'overdue') return true
    return `Review overdue since ${formatDate(nextReviewDate(post, intervalMonths)!)}: have the reviewer re-check the post, then use "Mark reviewed today"`
  },
}
