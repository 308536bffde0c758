/** A second Video post, embedding a (placeholder) Vimeo URL. */
import { IMAGES } from '../images'
import { heading, numberedList, paragraph, videoEmbed } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const videoReadingSupplementLabels: PostSpec = {
  slug: 'video-reading-supplement-labels',
  title: 'Video: Reading a Supplement Label in Five Steps',
  excerpt:
    'Serving sizes, units, upper limits, hidden extras and warnings: a walkthrough of the panel on the back of a supplement bottle, with a written summary.',
  publishedAt: '2026-02-17T08:00:00.000Z',
  updatedAt: '2026-10-12T09:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['video', 'supplements'],
  tags: ['supplement labels', 'vitamin d', 'video'],
  mainImage: {
    asset: IMAGES.labelVideoHero,
    alt: 'Abstract illustration of a video screen with a play button, in cool slate greys',
  },
  body: [
    paragraph('Supplement labels pack a lot into a small space. This walkthrough shows what to look for; the steps are summarised below.'),
    videoEmbed('https://vimeo.com/100000002', 'Reading a supplement label (demo placeholder video).'),
    heading(2, 'The five steps'),
    ...numberedList([
      '**Find the serving size.** Every amount on the panel refers to one serving, which may be more than one tablet.',
      '**Check the units.** Vitamin D may be listed in micrograms (mcg) or international units (IU); [1 mcg is 40 IU](cite:ods-vitamin-d).',
      '**Compare with the upper limit.** For adults, the [upper limit for vitamin D is 100 mcg (4,000 IU) a day](cite:ods-vitamin-d) from all sources combined.',
      '**Look for every active ingredient.** Combination products can include vitamin K, herbs or doses you did not expect.',
      '**Read the warnings.** [Supplements can interact with medicines](cite:ods-supplements-wyntk), so show the label to your pharmacist.',
    ]),
    heading(2, 'A note on claims'),
    paragraph(
      'In the United States, [supplements do not need FDA approval before they are sold](cite:fda-dietary-supplements), so the claims on a label have not been checked the way a medicine’s would be.',
    ),
  ],
}
