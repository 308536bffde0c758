/** The shorter explainer: hero image, lead-in benefits list, inline image, curated related posts. */
import { IMAGES } from '../images'
import { heading, image, leadInList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const vitaminD3AndK2Synergy: PostSpec = {
  slug: 'vitamin-d3-and-k2-synergy',
  title: 'Vitamin D3 and K2: A Short Guide to a Well-Matched Pair',
  excerpt:
    'What vitamins D3 and K2 are, where they come from, what each one does and why they are so often sold together — a short introduction to two nutrients that meet at calcium.',
  publishedAt: '2025-09-15T08:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['review', 'vitamins', 'bone-health'],
  tags: ['vitamin d', 'vitamin k2', 'calcium', 'natto'],
  mainImage: {
    asset: IMAGES.synergyHero,
    alt: 'Abstract illustration of a warm sun rising over layered hills, suggesting sunlight and vitamin D',
  },
  body: [
    paragraph(
      'Among the many vitamins the body relies on, D3 and K2 are often mentioned in the same breath. Each has its own job, but the two meet at one important task: handling calcium. Here is a brief guide to what each vitamin is, what it does and why supplement makers so often combine them.',
    ),
    heading(2, 'What are vitamin D3 and K2?'),
    paragraph(
      '**Vitamin D3** (cholecalciferol) is the form of vitamin D your skin makes when it is exposed to sunlight. Smaller amounts come from foods such as [oily fish, red meat, liver and egg yolks](cite:nhs-vitamin-d), and it is widely sold as a supplement.',
    ),
    paragraph(
      '**Vitamin K2** (menaquinone) is one of the two main natural forms of vitamin K. It is found in [some animal foods and in fermented foods](cite:healthline-vitamin-k2) — most famously natto, a Japanese dish of fermented soybeans.',
    ),
    heading(2, 'What each vitamin does'),
    image(
      IMAGES.synergyInline,
      'Abstract illustration of rounded teal columns of different heights, suggesting bone density',
      'Vitamin D3 helps the body absorb calcium; K2 helps build it into bone. Illustration: Cited.',
    ),
    paragraph('Both nutrients are linked to several roles in the body:'),
    ...leadInList([
      [
        'Bone health:',
        'Vitamin D3 helps the gut absorb calcium, and vitamin K2 activates osteocalcin, a protein that [binds calcium into bone](cite:pmc-k2-calcium-use).',
      ],
      [
        'Blood vessels:',
        'Vitamin K2 activates matrix Gla protein, which [helps limit calcium build-up in artery walls](cite:pmc-mgp-vascular). Whether supplements change heart outcomes is [still being studied](cite:pmc-k2-cardiovascular).',
      ],
      ['Immune function:', 'Vitamin D [has roles in immune function](cite:ods-vitamin-d) as well as in bone health.'],
      [
        'Later life:',
        'Keeping bones strong matters more with age, which is one reason [older adults are often advised to pay attention to vitamin D](cite:mayo-vitamin-d).',
      ],
    ]),
    heading(2, 'Why they are paired'),
    paragraph(
      'The appeal of the combination lies in how the two vitamins divide the work. Vitamin D3 raises the amount of calcium absorbed from food but does not decide where it ends up. Vitamin K2 switches on the proteins that [guide calcium into bone and help keep it out of soft tissue](cite:pmc-d-k-synergy-review). Put simply, one lets calcium in and the other helps show it where to go.',
    ),
    heading(2, 'The bottom line'),
    paragraph(
      'Vitamin D3 and K2 are both essential nutrients, and their shared role in handling calcium explains why they are often sold together. For many people, a varied diet and sensible time outdoors cover much of what is needed; supplements can help fill gaps.',
    ),
    paragraph(
      'Needs differ from person to person, so speak to a doctor, pharmacist or dietitian before starting a new supplement — [especially if you take warfarin](cite:statpearls-warfarin-interactions), because vitamin K affects how it works.',
    ),
  ],
  relatedPosts: ['vitamin-b17', 'vitamin-b'],
}
