import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminDBloodTest: PostSpec = {
  slug: 'vitamin-d-blood-test',
  title: 'Should You Get Your Vitamin D Level Tested?',
  excerpt:
    'Vitamin D tests are a common add-on to routine blood work, but testing everyone is not standard practice. What the test measures, when it may help, and how results are read.',
  publishedAt: '2026-11-10T08:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['news', 'vitamins'],
  tags: ['vitamin d', 'blood tests'],
  mainImage: {
    asset: IMAGES.vitaminDTestHero,
    alt: 'Illustration of a large amber capsule on a sunlit shelf',
    // Cut off the dark strip along the left edge and the bottom of the shelf; keep the capsule in view.
    crop: { top: 0, bottom: 0.08, left: 0.1, right: 0 },
    hotspot: { x: 0.68, y: 0.42, width: 0.3, height: 0.5 },
  },
  body: [
    paragraph(
      'Vitamin D tests have become a common add-on to routine blood work. But testing everyone is not standard practice, and a result is only useful if it changes what you do.',
    ),
    heading(2, 'What the test measures'),
    paragraph(
      'The usual test measures [25-hydroxyvitamin D, the main form of vitamin D circulating in the blood](cite:medlineplus-vitamin-d-test). It [reflects vitamin D from sunlight, food and supplements together](cite:ods-vitamin-d).',
    ),
    heading(2, 'When testing may make sense'),
    paragraph(
      '[Doctors may order the test](cite:medlineplus-vitamin-d-test) for people at higher risk of low vitamin D, such as those who:',
    ),
    ...bulletList([
      'have symptoms of weak or softened bones',
      'have a condition that affects how fat is absorbed, such as coeliac disease or Crohn’s disease',
      'have had weight-loss surgery',
      'have osteoporosis or are being assessed for it',
    ]),
    heading(2, 'Reading the result'),
    paragraph(
      'Laboratories and guidelines do not all use the same cut-offs, and [experts still debate which level is ideal](cite:ods-vitamin-d). Your clinician will interpret the number alongside your symptoms and risk factors. If you are low, the usual answer is a supplement at a dose they recommend — [very high doses taken without supervision can be harmful](cite:mayo-vitamin-d-toxicity).',
    ),
  ],
  relatedPosts: ['vitamin-d-autumn-and-winter'],
}
