/**
 * Who reviewed each demo post and when, and what changed since publication. One table, so the
 * review calendar reads at a glance: one post is overdue (the short D3 + K2 piece, for the Studio's
 * "Needs review" list and the content check), one had its next review set early by an editor, the
 * rest fall due twelve months after their last review. Nobody reviews their own post.
 */

export type ReviewSpec = {
  /** Author slug of the reviewer (`author-<slug>`). */
  reviewedBy: string
  /** `YYYY-MM-DD`. */
  lastReviewedAt: string
  /** `YYYY-MM-DD`; omitted: the site's interval after the last review. */
  nextReviewDue?: string
  /** Newest first. */
  changes?: Array<{ date: string; kind: 'correction' | 'update' | 'clarification'; note: string }>
}

export const REVIEWS: Record<string, ReviewSpec> = {
  'vitamin-b': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-10-03' },
  'vitamin-b17': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-10-02' },
  'vitamin-d3-and-k2-better-together': {
    reviewedBy: 'amara-nwosu',
    lastReviewedAt: '2026-10-20',
    nextReviewDue: '2027-10-20',
    changes: [
      {
        date: '2026-10-20',
        kind: 'update',
        note: 'Added the two trials in older men (aortic valve and coronary arteries) to the section on blood vessels, and re-checked every source in Works cited.',
      },
      {
        date: '2025-09-02',
        kind: 'correction',
        note: 'An earlier version said MK-4 is the form of vitamin K2 that fermented foods such as natto supply. It is MK-7; MK-4 comes mainly from animal foods. We corrected the paragraph on the forms of K2.',
      },
    ],
  },
  // Overdue: last reviewed at publication, due again on 2026-09-15.
  'vitamin-d3-and-k2-synergy': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2025-09-15', nextReviewDue: '2026-09-15' },
  'vitamin-d-autumn-and-winter': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-09-28' },
  'video-sunlight-and-vitamin-d': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2025-11-04', nextReviewDue: '2026-12-15' },
  'natto-and-vitamin-k2': { reviewedBy: 'tomas-ribeiro', lastReviewedAt: '2026-10-14' },
  'video-reading-supplement-labels': { reviewedBy: 'tomas-ribeiro', lastReviewedAt: '2026-10-12' },
  'calcium-food-first': { reviewedBy: 'tomas-ribeiro', lastReviewedAt: '2026-10-15' },
  'omega-3-supplements-heart-health-evidence': { reviewedBy: 'tomas-ribeiro', lastReviewedAt: '2026-10-16' },
  'magnesium-basics': {
    reviewedBy: 'tomas-ribeiro',
    lastReviewedAt: '2026-10-17',
    changes: [
      {
        date: '2026-10-17',
        kind: 'clarification',
        note: 'Made clear that the upper limit for adults applies to magnesium from supplements and medicines, not from food.',
      },
    ],
  },
  'vitamin-k-and-blood-thinners': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-10-07' },
  'supplement-safety-checklist': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-10-13' },
  'heart-healthy-eating-patterns': { reviewedBy: 'tomas-ribeiro', lastReviewedAt: '2026-10-20' },
  // A news item checked by the managing editor, who holds no clinical credentials: "Reviewed by".
  'vitamin-d-blood-test': { reviewedBy: 'maya-lindqvist', lastReviewedAt: '2026-11-10' },
  // The unpublished draft was reviewed ahead of its planned date.
  'vitamin-c-and-colds': { reviewedBy: 'amara-nwosu', lastReviewedAt: '2026-11-19' },
}
