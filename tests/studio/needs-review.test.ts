import { evaluate, parse } from 'groq-js'
import { describe, expect, test } from 'vitest'
import { NEEDS_REVIEW_FILTER, needsReviewParams } from '@/lib/review'
import { loadDatasetFile } from '@/lib/source/dataset-file'
import { DEMO_DATASET_PATH } from '@/lib/source/local'

/** The Studio's "Needs review" list runs this filter on the Content Lake; here groq-js runs it on the demo. */
async function needsReview(now: Date) {
  const { documents } = await loadDatasetFile(DEMO_DATASET_PATH)
  const params = needsReviewParams(12, now)
  const query = `*[${NEEDS_REVIEW_FILTER} && !(_id in path("drafts.**"))] | order(nextReviewDue asc, lastReviewedAt asc)._id`
  return (await (await evaluate(parse(query, { params }), { dataset: documents, params })).get()) as string[]
}

describe('the "Needs review" desk list', () => {
  test('shows the overdue post and the one due within 30 days, soonest first', async () => {
    expect(await needsReview(new Date('2026-12-01T09:00:00Z'))).toEqual([
      'post-vitamin-d3-and-k2-synergy',
      'post-video-sunlight-and-vitamin-d',
    ])
  })

  test('is empty for the demo when every review was fresh', async () => {
    expect(await needsReview(new Date('2026-08-01T09:00:00Z'))).toEqual([])
  })
})
