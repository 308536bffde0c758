/** A Video post: embed plus a written, cited summary. The video id is a well-formed placeholder. */
import { IMAGES } from '../images'
import { bulletList, heading, paragraph, videoEmbed } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const videoSunlightAndVitaminD: PostSpec = {
  slug: 'video-sunlight-and-vitamin-d',
  title: 'Video: How Your Skin Makes Vitamin D From Sunlight',
  excerpt:
    'A short explainer that follows vitamin D from sunlight to bone, with a written summary: how the skin makes it, why winter sun is not enough in northern countries, and how to stay sun-safe.',
  publishedAt: '2025-11-04T08:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['video', 'vitamins', 'bone-health'],
  tags: ['vitamin d', 'sunlight', 'video'],
  mainImage: {
    asset: IMAGES.sunlightVideoHero,
    alt: 'Abstract illustration of a video screen with a play button, in warm sunny colours',
  },
  body: [
    paragraph(
      'In this short explainer we follow vitamin D from sunlight to bone. The written summary below covers the key points, with sources.',
    ),
    videoEmbed(
      'https://www.youtube.com/watch?v=Demo-Vid-01',
      'From sunlight to stronger bones: a two-minute explainer (demo placeholder video).',
    ),
    heading(2, 'What the video covers'),
    ...bulletList([
      'When UVB light reaches the skin, [the body makes vitamin D3](cite:ods-vitamin-d), which the liver and kidneys then convert into its active form.',
      'How much you make [depends on the season, the time of day, your skin tone and how much skin is exposed](cite:nhs-vitamin-d).',
      'In the UK, [sunlight between October and early March is not strong enough](cite:nhs-vitamin-d) for most people to make the vitamin D they need.',
      'Active vitamin D [helps the gut absorb calcium](cite:pmc-calcium-vitamin-d) for bones and teeth.',
    ]),
    heading(2, 'Sun safety still matters'),
    paragraph(
      'More sun is not better. [NHS guidance](cite:nhs-vitamin-d) advises covering up or protecting your skin well before it starts to turn red or burn — there is no need to risk sunburn to make vitamin D.',
    ),
  ],
}
