import { heading, numberedList, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const supplementSafetyChecklist: PostSpec = {
  slug: 'supplement-safety-checklist',
  title: 'Before You Buy a Supplement: A Five-Point Safety Checklist',
  excerpt:
    'Most supplements are safe when used sensibly, but they can interact with medicines and some cause harm at high doses. Five questions to ask before you buy.',
  publishedAt: '2026-10-13T08:00:00.000Z',
  author: 'maya-lindqvist',
  categories: ['news', 'supplements'],
  tags: ['supplement safety', 'interactions', 'regulation'],
  body: [
    paragraph(
      'Supplements are easy to buy and easy to assume are harmless. Most are, when used sensibly, but [they can interact with medicines, and some can cause harm at high doses](cite:ods-supplements-wyntk). These five questions can help.',
    ),
    ...numberedList([
      '**Do I need it?** Ask what gap the product is meant to fill, and whether food could fill it instead.',
      '**Has it been shown to work for my goal?** Look for independent sources, such as a fact sheet from a health agency, rather than the seller’s website.',
      '**Could it interact with my medicines?** [Some supplements change how medicines work](cite:ods-supplements-wyntk) — vitamin K, for example, can reduce the effect of warfarin. Tell your pharmacist everything you take.',
      '**Is the dose sensible?** Compare each ingredient with the recommended intake and the upper limit, counting fortified foods too.',
      '**Is the product what it says it is?** [In the US, the FDA does not approve supplements for safety and effectiveness before they are sold](cite:fda-dietary-supplements). Quality seals from independent testers [show that a product contains what the label says](cite:ods-supplements-wyntk), but not that it is safe or that it works.',
    ]),
    heading(2, 'If something goes wrong'),
    paragraph(
      'If you think a supplement has made you unwell, stop taking it and contact a health professional. In the US, you can also [report the problem to the FDA](cite:fda-dietary-supplements).',
    ),
  ],
  relatedPosts: ['video-reading-supplement-labels', 'vitamin-b17'],
}
