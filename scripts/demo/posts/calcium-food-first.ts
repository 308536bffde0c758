import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const calciumFoodFirst: PostSpec = {
  slug: 'calcium-food-first',
  title: 'Calcium: Why Food Comes First',
  excerpt:
    'How much calcium adults need, the best food sources, and where supplements fit — including why vitamin D matters for getting calcium into your bones.',
  publishedAt: '2026-03-09T08:00:00.000Z',
  updatedAt: '2026-10-15T09:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['review', 'nutrition', 'bone-health'],
  tags: ['calcium', 'dairy', 'bone density'],
  mainImage: {
    asset: IMAGES.calciumHero,
    alt: 'Abstract illustration of rounded grey and navy columns of varying heights standing on a pale floor',
  },
  body: [
    paragraph(
      'Calcium is the mineral most closely tied to bone strength: [almost all of the body’s calcium is stored in bones and teeth](cite:ods-calcium), where it provides structure.',
    ),
    heading(2, 'How much do adults need?'),
    paragraph(
      'Recommendations vary by country and age. [The NHS says adults aged 19 to 64 need 700 mg a day](cite:nhs-calcium) and that most people can get this from their diet, while [US recommendations for adults range from 1,000 to 1,200 mg a day](cite:ods-calcium), depending on age and sex.',
    ),
    heading(2, 'Good food sources'),
    paragraph('[Good sources include](cite:nhs-calcium):'),
    ...bulletList([
      'milk, cheese, yoghurt and other dairy foods',
      'green leafy vegetables such as kale and broccoli — spinach contains calcium, but [the body absorbs little of it](cite:ods-calcium)',
      'calcium-set tofu and fortified plant drinks',
      'canned fish where you eat the soft bones, such as sardines',
    ]),
    heading(2, 'Where supplements fit'),
    paragraph(
      'Supplements can help people who cannot meet their needs from food, but [very high intakes from supplements may have downsides](cite:ods-calcium), including kidney stones in some people. According to the NHS, [taking 1,500 mg a day or less from supplements is unlikely to cause harm](cite:nhs-calcium).',
    ),
    paragraph(
      'Calcium works hand in hand with vitamin D, which [increases how much of it the gut absorbs](cite:ods-vitamin-d) — see [our article on vitamins D3 and K2](/blog/vitamin-d3-and-k2-better-together).',
    ),
  ],
  relatedPosts: ['vitamin-d3-and-k2-better-together'],
}
