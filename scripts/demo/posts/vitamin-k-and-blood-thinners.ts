import { IMAGES } from '../images'
import { callout, heading, leadInList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminKAndBloodThinners: PostSpec = {
  slug: 'vitamin-k-and-blood-thinners',
  title: 'Vitamin K and Blood Thinners: Why Consistency Matters',
  excerpt:
    'If you take warfarin, the goal is a steady vitamin K intake, not avoiding it. Why vitamin K affects warfarin, and practical points on food and supplements.',
  publishedAt: '2026-10-07T08:00:00.000Z',
  author: 'priya-raman',
  categories: ['review', 'heart-health', 'vitamins'],
  tags: ['warfarin', 'vitamin k', 'anticoagulants', 'interactions'],
  mainImage: {
    asset: IMAGES.warfarinHero,
    alt: 'Abstract illustration of a heartbeat line crossing soft pink and berry-coloured circles',
  },
  body: [
    paragraph(
      'If you take warfarin, you may have been told to watch your vitamin K. The advice is often misunderstood: the aim is [a steady intake, not avoiding vitamin K altogether](cite:medlineplus-warfarin).',
    ),
    heading(2, 'Why vitamin K matters for warfarin'),
    paragraph(
      'Blood clotting depends on proteins that need vitamin K to work. [Warfarin lowers the activity of these clotting factors by blocking the recycling of vitamin K](cite:statpearls-warfarin-interactions). A sudden rise in vitamin K intake can therefore [make warfarin less effective](cite:ods-vitamin-k), while a sudden drop can strengthen its effect.',
    ),
    heading(2, 'Practical points'),
    ...leadInList([
      [
        'Keep it consistent:',
        'green leafy vegetables are the main dietary source of vitamin K. You do not need to avoid them, but [try to eat similar amounts from week to week](cite:medlineplus-warfarin).',
      ],
      [
        'Check supplements:',
        'multivitamins and bone-health products may contain vitamin K1 or K2, and [vitamin K2 products can reduce warfarin’s effect](cite:drugs-com-k2-warfarin). Tell your anticoagulation team before starting any of them.',
      ],
      [
        'Watch for other interactions:',
        '[many medicines and herbal products interact with warfarin](cite:statpearls-warfarin-interactions), including some antibiotics.',
      ],
    ]),
    callout(
      'warning',
      '**Do not change your diet or supplements suddenly while taking warfarin.** If you are planning a big change — a new diet, a new supplement or a course of antibiotics — tell the clinic that monitors your INR first.',
    ),
    paragraph(
      'Warfarin treatment is monitored with a blood test called the INR, and [changes in diet can affect it](cite:aha-warfarin-guide). Regular testing lets your care team adjust the dose safely.',
    ),
  ],
  relatedPosts: ['vitamin-d3-and-k2-better-together', 'natto-and-vitamin-k2'],
}
