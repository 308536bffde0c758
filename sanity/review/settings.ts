import { reviewIntervalMonths } from '../../lib/review'

/**
 * The review policy in Site settings, as the Studio's rules, list, badge and action read it.
 * Missing settings mean: no reviewer required, self-review not allowed, the default interval.
 */
export const REVIEW_SETTINGS_QUERY = `*[_id == "siteSettings"][0]{requireReviewer, allowSelfReview, reviewIntervalMonths}`

export interface ReviewSettings {
  requireReviewer: boolean
  allowSelfReview: boolean
  intervalMonths: number
}

export function toReviewSettings(raw: unknown): ReviewSettings {
  const settings = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  return {
    requireReviewer: settings.requireReviewer === true,
    allowSelfReview: settings.allowSelfReview === true,
    intervalMonths: reviewIntervalMonths(settings.reviewIntervalMonths),
  }
}

/** Anything that can run a GROQ query: the Studio's client, or groq-js in tests and the content check. */
export type QueryClient = { fetch: (query: string, params?: Record<string, unknown>) => Promise<unknown> }

export async function fetchReviewSettings(client: QueryClient): Promise<ReviewSettings> {
  return toReviewSettings(await client.fetch(REVIEW_SETTINGS_QUERY))
}
