/** A News post summarising standing UK guidance (attributed, with the usual caveats). */
import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminDAutumnAndWinter: PostSpec = {
  slug: 'vitamin-d-autumn-and-winter',
  title: 'Autumn Reminder: Vitamin D Advice for the Darker Months',
  excerpt:
    'As the days shorten, a reminder of UK advice on vitamin D: who should consider a daily supplement in autumn and winter, who may need one all year, and why more is not better.',
  publishedAt: '2025-10-06T08:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['news', 'vitamins', 'bone-health'],
  tags: ['vitamin d', 'winter', 'public-health guidance'],
  mainImage: {
    asset: IMAGES.winterHero,
    alt: 'Abstract illustration of a pale sun low over indigo hills, suggesting a winter afternoon',
  },
  body: [
    paragraph(
      'As the days shorten, it is worth revisiting public-health advice on vitamin D. [In the UK, the NHS advises](cite:nhs-vitamin-d) that everyone consider taking a daily supplement containing 10 micrograms (400 IU) of vitamin D during autumn and winter, when sunlight is too weak for the skin to make enough.',
    ),
    heading(2, 'Who is advised to take it all year'),
    paragraph('[The same guidance](cite:nhs-vitamin-d) suggests a year-round supplement for people who:'),
    ...bulletList([
      'are rarely outdoors — for example, people who are frail or housebound',
      'live in a care home',
      'usually wear clothes that cover most of their skin when outdoors',
      'have dark skin, for example people of African, African-Caribbean or South Asian background, who may not make enough vitamin D from sunlight even in summer',
    ]),
    paragraph('Babies and young children have their own recommendations, which [the NHS sets out separately](cite:nhs-vitamin-d).'),
    heading(2, 'Do not overdo it'),
    paragraph(
      'More is not better. [Taking too much vitamin D over a long period can cause calcium to build up in the body](cite:nhs-vitamin-d), which can weaken bones and damage the kidneys and heart. [Toxicity almost always comes from high-dose supplements rather than from sunlight or food](cite:mayo-vitamin-d-toxicity).',
    ),
    paragraph('Advice differs between countries, so check what applies where you live.'),
  ],
}
