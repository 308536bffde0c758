import { IMAGES } from '../images'
import { bulletList, heading, leadInList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const magnesiumBasics: PostSpec = {
  slug: 'magnesium-basics',
  title: 'Magnesium: What It Does and Where to Find It',
  excerpt:
    'Magnesium helps run hundreds of reactions in the body. The best food sources, the upper limit for supplements, and who should be careful.',
  publishedAt: '2026-06-23T08:00:00.000Z',
  updatedAt: '2026-10-17T09:00:00.000Z',
  author: 'priya-raman',
  categories: ['nutrition', 'supplements'],
  tags: ['magnesium', 'minerals', 'supplement safety'],
  mainImage: {
    asset: IMAGES.magnesiumHero,
    alt: 'Abstract illustration of green leaves in several shades fanning upwards',
  },
  body: [
    paragraph(
      'Magnesium is involved in [hundreds of chemical reactions in the body](cite:ods-magnesium), including those that control muscle and nerve function, blood sugar and blood pressure, and those that build protein, bone and DNA.',
    ),
    heading(2, 'Where to find it'),
    paragraph('[Good food sources include](cite:ods-magnesium):'),
    ...bulletList([
      'nuts and seeds, such as almonds, cashews and pumpkin seeds',
      'legumes, including black beans and edamame',
      'whole grains',
      'leafy green vegetables such as spinach',
    ]),
    heading(2, 'Supplements: a few cautions'),
    ...leadInList([
      [
        'Upper limit:',
        'for adults, the [upper limit for magnesium from supplements is 350 mg a day](cite:ods-magnesium); it does not apply to magnesium in food.',
      ],
      ['Side effects:', 'high doses from supplements [commonly cause diarrhoea and stomach cramps](cite:ods-magnesium).'],
      [
        'Kidney disease:',
        'people with reduced kidney function [are more likely to build up too much magnesium](cite:ods-magnesium) and should take supplements only on medical advice.',
      ],
      [
        'Medicines:',
        'magnesium can [reduce the absorption of some antibiotics and osteoporosis drugs](cite:ods-magnesium) if taken at the same time.',
      ],
    ]),
  ],
}
