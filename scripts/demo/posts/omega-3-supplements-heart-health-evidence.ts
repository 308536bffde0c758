/** The long-title post (about 110 characters) for layout testing. */
import { IMAGES } from '../images'
import { bulletList, heading, paragraph } from '../portable-text'
import type { PostSpec } from '../post-spec'

export const omega3SupplementsHeartHealthEvidence: PostSpec = {
  slug: 'omega-3-supplements-heart-health-evidence',
  title: 'What Research Does and Does Not Yet Tell Us About Omega-3 Supplements and Heart Health in Adults Without Disease',
  excerpt:
    'Fish oil is one of the best-selling supplements, often bought to protect the heart. In people without heart disease, large trials have mostly been disappointing. What the evidence shows, and what to do instead.',
  publishedAt: '2026-05-19T08:00:00.000Z',
  updatedAt: '2026-10-16T09:00:00.000Z',
  author: 'daniel-okafor',
  categories: ['review', 'heart-health', 'supplements'],
  tags: ['omega-3', 'fish oil', 'heart disease', 'clinical trials'],
  mainImage: {
    asset: IMAGES.omega3Hero,
    alt: 'Abstract illustration of teal and dark green droplets of different sizes above a gentle wave',
  },
  body: [
    paragraph(
      'Fish oil is one of the most popular supplements, often bought in the hope of protecting the heart. The evidence is more mixed than the marketing suggests, and it differs between people with and without heart disease.',
    ),
    heading(2, 'What omega-3s are'),
    paragraph(
      'The omega-3 fatty acids most studied for heart health are EPA and DHA, found mainly in oily fish, and ALA, found in plant oils such as flaxseed and rapeseed. [The body converts only small amounts of ALA into EPA and DHA](cite:ods-omega-3).',
    ),
    heading(2, 'What the trials found'),
    paragraph(
      '[Large randomised trials of omega-3 supplements](cite:ods-omega-3) in people without heart disease have mostly found little or no reduction in heart attacks or strokes. Some trials in people with high triglycerides or existing cardiovascular disease have reported benefits from specific prescription products, and trials differ widely in dose and formulation.',
    ),
    heading(2, 'Things to keep in mind'),
    ...bulletList([
      '[The NHS recommends at least two portions of fish a week, one of them oily](cite:nhs-eat-well) — a food-first way to get omega-3s.',
      '[Omega-3 supplements may interact with anticoagulants such as warfarin](cite:ods-omega-3); ask a pharmacist first.',
      'Some trials of high-dose omega-3s have reported a [higher risk of atrial fibrillation](cite:ods-omega-3), a type of irregular heartbeat.',
    ]),
    paragraph(
      'For most healthy adults, the evidence favours putting fish on the plate over putting capsules in the cupboard. Anyone with heart disease or high triglycerides should discuss the options with their doctor.',
    ),
  ],
}
