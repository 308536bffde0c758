/** Site-wide demo documents: settings, disclaimers, authors and categories (our own words). */
import { simpleBody, type TextBlock } from './portable-text'
import { IMAGES } from './images'
import type { ImageAsset } from './artwork'

export const SITE_SETTINGS = {
  title: 'Cited — evidence-based health writing',
  description:
    'Plain-language articles on vitamins, nutrition and supplements. Every health claim links to the source it comes from, so you can check it yourself.',
  defaultDisclaimer: 'disclaimer-medical',
  // Its people and credentials are fiction: every page says so (components/DemoNotice.tsx).
  isDemo: true,
  isMedicalSite: true,
  requireReviewer: true,
  allowSelfReview: false,
  reviewIntervalMonths: 12,
  // Slugs of demo pages (scripts/demo/pages.ts), stored as references.
  editorialPolicy: 'editorial-policy',
  correctionsPolicy: 'corrections-policy',
}

export type DisclaimerSpec = { id: string; title: string; body: TextBlock[] }

export const DISCLAIMERS: DisclaimerSpec[] = [
  {
    id: 'disclaimer-medical',
    title: 'Medical disclaimer',
    body: simpleBody(
      'This article is for **general education** only. It is not medical advice and it cannot replace a conversation with a doctor, pharmacist or registered dietitian who knows your history.',
      'Before you start, stop or change a supplement, medicine or diet, talk to a qualified clinician — especially if you are pregnant, breastfeeding, managing a long-term condition or taking prescription medicines. If you think you are having a medical emergency, contact your local emergency number.',
    ),
  },
  {
    id: 'disclaimer-ai-assisted',
    title: 'About this article: AI-assisted drafting',
    body: simpleBody(
      'A first draft of this article was prepared with the help of AI tools that summarise published research. An editor then rewrote it, checked each claim against the sources listed under *Works cited*, and removed anything the sources did not support.',
      'We list every source so you can verify what we say. Even so, summaries can miss nuance, and research changes over time. This article is **not medical advice**; please discuss any supplement or treatment decision with a qualified healthcare professional.',
    ),
  },
]

export type AuthorSpec = {
  slug: string
  name: string
  bio: string
  credentials?: string
  role?: string
  expertise?: string[]
  sameAs?: string[]
  image?: { asset: ImageAsset; alt: string }
}

export const AUTHORS: AuthorSpec[] = [
  {
    slug: 'maya-lindqvist',
    name: 'Maya Lindqvist',
    role: 'Managing editor',
    expertise: ['bone health', 'vitamins', 'editorial standards'],
    bio: 'Managing editor. Maya plans our coverage of vitamins and bone health, edits every article and checks each claim against its source before publication. She is a journalist, not a clinician.',
    image: { asset: IMAGES.portraitMaya, alt: 'Abstract illustrated portrait of Maya Lindqvist' },
  },
  {
    slug: 'daniel-okafor',
    name: 'Daniel Okafor',
    role: 'Science writer',
    expertise: ['nutrition research', 'supplement regulation'],
    bio: 'Science writer. Daniel studied biochemistry before moving into health journalism and writes about nutrition research and how supplements are regulated.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    role: 'Research editor',
    expertise: ['source checking', 'research methods'],
    bio: 'Research editor. Priya keeps our works-cited lists in order: she finds the primary source behind a claim, records when each page was accessed and re-checks links when articles are updated.',
  },
  {
    slug: 'amara-nwosu',
    name: 'Amara Nwosu',
    credentials: 'MD',
    role: 'Family physician',
    expertise: ['vitamin D', 'medicine interactions', 'bone health'],
    sameAs: ['https://orcid.org/0000-0002-1694-233X', 'https://www.example-clinic.org/team/amara-nwosu'],
    bio: 'Family physician and medical reviewer. Amara has spent fifteen years in general practice, where questions about supplements and prescribed medicines come up every week. She checks our articles for clinical accuracy and for advice that could be unsafe for people on regular medication.',
  },
  {
    slug: 'tomas-ribeiro',
    name: 'Tomás Ribeiro',
    credentials: 'RD, PhD',
    role: 'Registered dietitian',
    expertise: ['dietary patterns', 'minerals', 'heart health'],
    sameAs: ['https://www.linkedin.com/in/tomas-ribeiro-rd-example'],
    bio: 'Registered dietitian with a doctorate in human nutrition. Tomás advises adults with heart and kidney conditions on what to eat, and reviews our food and nutrition articles against current dietary guidance.',
  },
]

export type CategorySpec = { slug: string; title: string; description: string }

/** Content categories (one block each on the home page) first, then topics. */
export const CATEGORIES: CategorySpec[] = [
  { slug: 'news', title: 'News', description: 'Updates on public-health guidance, new research and changes to this site.' },
  { slug: 'video', title: 'Video', description: 'Short explainers in video form, each with a written summary and sources.' },
  {
    slug: 'review',
    title: 'Review',
    description: 'In-depth looks at what the evidence does and does not show about a nutrient or supplement.',
  },
  {
    slug: 'vitamins',
    title: 'Vitamins',
    description: 'What individual vitamins do in the body, where to find them and how much is enough.',
  },
  {
    slug: 'bone-health',
    title: 'Bone health',
    description: 'Calcium, vitamin D, vitamin K and other factors that affect bone strength across life.',
  },
  {
    slug: 'heart-health',
    title: 'Heart health',
    description: 'Nutrition and supplement questions that touch on the heart and blood vessels.',
  },
  {
    slug: 'nutrition',
    title: 'Nutrition',
    description: 'Food first: eating patterns and everyday sources of the nutrients we write about.',
  },
  { slug: 'supplements', title: 'Supplements', description: 'Safety, labels, interactions and the evidence behind popular supplements.' },
]
