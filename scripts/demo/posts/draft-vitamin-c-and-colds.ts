/** The one unpublished draft (`drafts.post-…`). It must never appear on a public page. */
import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const draftVitaminCAndColds: PostSpec = {
  slug: 'vitamin-c-and-colds',
  title: 'DRAFT: Vitamin C and the Common Cold — Not Ready for Publication',
  excerpt: 'DRAFT — unreviewed outline. If you can read this on the public site, drafts are leaking.',
  publishedAt: '2026-11-19T08:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['news', 'vitamins'],
  tags: ['vitamin c', 'draft'],
  mainImage: { asset: IMAGES.draftHero, alt: 'Abstract illustration of grey capsules (draft placeholder image)' },
  body: [
    paragraph('**Editor’s note:** this draft is unfinished, has not been fact-checked and must not be published.'),
    heading(2, 'Outline'),
    ...bulletList(['What trials of regular vitamin C use show', 'Taking it once a cold has started', 'Safety of high doses']),
  ],
  draft: true,
}
