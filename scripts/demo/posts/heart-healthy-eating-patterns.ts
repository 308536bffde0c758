import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const heartHealthyEatingPatterns: PostSpec = {
  slug: 'heart-healthy-eating-patterns',
  title: 'Heart-Healthy Eating: Think Patterns, Not Single Nutrients',
  excerpt:
    'Single nutrients make headlines, but advice for a healthy heart is about the overall pattern of what you eat. The building blocks, and where supplements do and do not fit.',
  publishedAt: '2026-10-20T08:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['heart-health', 'nutrition'],
  tags: ['healthy eating', 'salt', 'fish', 'fruit and vegetables'],
  mainImage: {
    asset: IMAGES.heartEatingHero,
    alt: 'Abstract illustration of pink and berry-coloured leaves fanning upwards',
  },
  body: [
    paragraph(
      'Single nutrients make headlines, but public-health advice for the heart focuses on the overall pattern of what we eat. [The NHS’s Eat well guidance](cite:nhs-eat-well) sums this up as a varied, balanced diet built on fruit and vegetables, wholegrain starchy foods and protein foods, with less saturated fat, salt and sugar.',
    ),
    heading(2, 'The building blocks'),
    ...bulletList([
      '[at least five portions of a variety of fruit and vegetables a day](cite:nhs-eat-well)',
      'wholegrain or higher-fibre versions of starchy foods',
      'beans, pulses, fish, eggs and lean meat for protein, including [two portions of fish a week, one of them oily](cite:nhs-eat-well)',
      'unsaturated oils and spreads, in small amounts',
      'less salt: adults are advised to have [no more than 6 g a day](cite:nhs-eat-well)',
    ]),
    heading(2, 'Where supplements fit'),
    paragraph(
      'Supplements cannot recreate an eating pattern. For omega-3s, for example, [trials of fish oil capsules in people without heart disease have been largely disappointing](cite:ods-omega-3) — see [our review of that evidence](/blog/omega-3-supplements-heart-health-evidence).',
    ),
  ],
}
