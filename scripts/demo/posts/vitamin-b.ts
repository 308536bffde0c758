/** The B-complex family: eight vitamins, food sources, who may need more, and high-dose cautions. */
import { IMAGES } from '../images'
import { heading, leadInList, numberedList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminB: PostSpec = {
  slug: 'vitamin-b',
  title: 'Everything You Need To Know About Vitamin B',
  excerpt:
    '“Vitamin B” is really eight vitamins. What each one does, where to find them, who may need to pay closer attention — and why more is not always better.',
  publishedAt: '2025-03-18T08:00:00.000Z',
  updatedAt: '2026-10-03T09:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['review', 'vitamins', 'nutrition'],
  tags: ['b vitamins', 'folate', 'vitamin b12', 'vitamin b6'],
  mainImage: {
    asset: IMAGES.bComplexHero,
    alt: 'Abstract illustration of linked hexagons, like a molecular diagram, in shades of indigo',
  },
  body: [
    paragraph(
      '“Vitamin B” is not one vitamin but eight. Together they are known as the B complex, and [they help the body release energy from food and keep the nervous system and blood healthy](cite:nhs-vitamin-b).',
    ),
    heading(2, 'The eight B vitamins'),
    paragraph('[Their main roles](cite:nhs-vitamin-b) are:'),
    ...numberedList([
      '**Thiamin (B1)** — helps turn food into energy and keeps nerves healthy.',
      '**Riboflavin (B2)** — keeps skin and eyes healthy and helps release energy from food.',
      '**Niacin (B3)** — helps release energy from food and keeps the skin healthy.',
      '**Pantothenic acid (B5)** — also helps release energy from food.',
      '**Vitamin B6 (pyridoxine)** — [helps the body use and store energy from protein and carbohydrate, and form haemoglobin](cite:ods-vitamin-b6).',
      '**Biotin (B7)** — needed to break down fat.',
      '**Folate (B9)** — [needed to make DNA and healthy red blood cells](cite:ods-folate).',
      '**Vitamin B12 (cobalamin)** — [keeps nerve and blood cells healthy and helps make DNA](cite:ods-vitamin-b12).',
    ]),
    heading(2, 'Where to find them'),
    paragraph(
      'B vitamins are spread widely through foods such as whole grains, meat, fish, eggs, dairy, pulses and leafy green vegetables, and [a varied diet provides enough for most people](cite:nhs-vitamin-b). Because they dissolve in water, the body stores little of most of them, so a regular supply matters.',
    ),
    heading(2, 'Who may need to pay attention'),
    ...leadInList([
      [
        'People who are pregnant or planning a pregnancy:',
        '[folic acid taken before and in early pregnancy lowers the risk of neural tube defects](cite:ods-folate) such as spina bifida.',
      ],
      [
        'Vegans:',
        'vitamin B12 occurs naturally almost only in animal foods, so [people who eat no animal products may need fortified foods or a supplement](cite:ods-vitamin-b12).',
      ],
      [
        'Older adults:',
        '[absorbing B12 from food can become harder with age](cite:ods-vitamin-b12), often because of reduced stomach acid.',
      ],
      ['People taking some medicines:', 'long-term use of metformin or acid-reducing drugs [can lower B12 levels](cite:ods-vitamin-b12).'],
    ]),
    heading(2, 'Can you have too much?'),
    paragraph(
      'Food sources are not a concern, but high-dose supplements can be. Taking [large amounts of vitamin B6 for a long time can damage nerves](cite:ods-vitamin-b6), causing numbness in the hands and feet; [very high doses of niacin can cause skin flushing](cite:nhs-vitamin-b); and [high folic acid intakes can mask a B12 deficiency](cite:ods-folate).',
    ),
    paragraph(
      'If you think you might be low in a B vitamin, a blood test arranged by your doctor is more useful than a high-strength supplement chosen at random. And the so-called “vitamin B17” is not a B vitamin at all — [our explainer covers why](/blog/vitamin-b17).',
    ),
  ],
}
