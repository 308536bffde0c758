import type { SanityDocument } from 'sanity'
import { addMonths, todayUtc } from '@/lib/review'

/**
 * A small, valid dataset for the validation tests: one of each document type and a post that
 * uses them all. Tests copy `goodPost` and break one thing at a time.
 */

const system = { _createdAt: '2025-06-27T09:00:00Z', _updatedAt: '2025-06-27T09:00:00Z', _rev: 'r1' }
const ref = (_ref: string, _key?: string) => ({ _type: 'reference', _ref, ...(_key ? { _key } : {}) })
const span = (_key: string, text: string, marks: string[] = []) => ({ _type: 'span', _key, text, marks })
const imageRef = 'image-0f343b0931126a20f133d67c2b018a3b2a5a2c0d-1200x800-jpg'

// Image fields reference asset documents, which reference validation checks exist.
export const imageAsset = {
  ...system,
  _id: imageRef,
  _type: 'sanity.imageAsset',
  url: 'https://cdn.sanity.io/images/demo/production/0f343b0931126a20f133d67c2b018a3b2a5a2c0d-1200x800.jpg',
  metadata: { dimensions: { width: 1200, height: 800, aspectRatio: 1.5 } },
}

export const author = {
  ...system,
  _id: 'author-maya',
  _type: 'author',
  name: 'Maya Example',
  slug: { _type: 'slug', current: 'maya-example' },
  image: { _type: 'image', asset: ref(imageRef), alt: 'Maya smiling in front of a bookshelf' },
}

export const reviewer = {
  ...system,
  _id: 'author-ines',
  _type: 'author',
  name: 'Ines Kowalski',
  slug: { _type: 'slug', current: 'ines-kowalski' },
  credentials: 'MD',
  role: 'Family physician',
  expertise: ['bone health', 'vitamins'],
  sameAs: ['https://orcid.org/0000-0002-1825-0097'],
}

// Review dates relative to today, so the fixtures never fall overdue as the calendar moves on.
const today = todayUtc()
const reviewedRecently = addMonths(today, -2)!

export const category = {
  ...system,
  _id: 'category-vitamins',
  _type: 'category',
  title: 'Vitamins',
  slug: { _type: 'slug', current: 'vitamins' },
}

export const citationOds = {
  ...system,
  _id: 'citation-ods-vitamin-d',
  _type: 'citation',
  type: 'government',
  title: 'Vitamin D - Health Professional Fact Sheet',
  site: 'NIH Office of Dietary Supplements',
  url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  accessedAt: '2025-06-27',
}

export const citationPmc = {
  ...system,
  _id: 'citation-pmc-k2',
  _type: 'citation',
  type: 'article-journal',
  title: 'Proper Calcium Use: Vitamin K2 as a Promoter of Bone and Cardiovascular Health',
  site: 'PubMed Central',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/#:~:text=vitamin%20K2',
  accessedAt: '2025-06-27',
  authors: [{ _type: 'person', _key: 'maresz', family: 'Maresz', given: 'Katarzyna' }],
  issued: '2015-02-01',
  pmcid: 'PMC4566462',
}

export const disclaimer = {
  ...system,
  _id: 'disclaimer-medical',
  _type: 'disclaimer',
  title: 'Medical disclaimer',
  body: [{ _type: 'block', _key: 'd1', style: 'normal', markDefs: [], children: [span('d1s', 'Not medical advice.')] }],
}

const standingPage = (slug: string, title: string) => ({
  ...system,
  _id: `page-${slug}`,
  _type: 'page',
  title,
  slug: { _type: 'slug', current: slug },
  body: [{ _type: 'block', _key: 'p1', style: 'normal', markDefs: [], children: [span('p1s', `What our ${title.toLowerCase()} says.`)] }],
})
export const editorialPolicyPage = standingPage('editorial-policy', 'Editorial policy')
export const correctionsPolicyPage = standingPage('corrections-policy', 'Corrections policy')

export const siteSettings = {
  ...system,
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'Cited',
  description: 'Plain-language health writing with every claim cited.',
  defaultDisclaimer: ref('disclaimer-medical'),
  isMedicalSite: true,
  requireReviewer: true,
  allowSelfReview: false,
  reviewIntervalMonths: 12,
  editorialPolicy: ref('page-editorial-policy'),
  correctionsPolicy: ref('page-corrections-policy'),
}

export const otherPost = {
  ...system,
  _id: 'post-calcium-basics',
  _type: 'post',
  title: 'Calcium basics',
  slug: { _type: 'slug', current: 'calcium-basics' },
  excerpt: 'Where calcium comes from and what the body does with it.',
  publishedAt: '2025-05-01T08:00:00Z',
  author: ref('author-maya'),
  reviewedBy: ref('author-ines'),
  lastReviewedAt: reviewedRecently,
  body: [{ _type: 'block', _key: 'o1', style: 'normal', markDefs: [], children: [span('o1s', 'Calcium builds bone.')] }],
}

export const goodPost = {
  ...system,
  _id: 'post-d3-and-k2',
  _type: 'post',
  title: 'Vitamin D3 and K2: how the pair handles calcium',
  slug: { _type: 'slug', current: 'vitamin-d3-and-k2' },
  excerpt: 'D3 helps you absorb calcium; K2 helps put it in bone rather than arteries. What the research says.',
  publishedAt: '2025-06-27T09:00:00Z',
  updatedAt: '2025-06-28T09:00:00Z',
  author: ref('author-maya'),
  categories: [ref('category-vitamins', 'c1')],
  tags: ['calcium', 'vitamin d'],
  mainImage: { _type: 'image', asset: ref(imageRef), alt: 'Capsules of vitamin D3 on a wooden table', caption: 'D3 capsules' },
  highlights: [{ _type: 'highlight', _key: 'h1', heading: 'How they work together', text: 'D3 absorbs.\n- K2 directs calcium to bone' }],
  body: [
    { _type: 'block', _key: 'b1', style: 'h2', markDefs: [], children: [span('b1s', 'What D3 does')] },
    {
      _type: 'block',
      _key: 'b2',
      style: 'normal',
      markDefs: [
        { _type: 'citationRef', _key: 'm1', citation: ref('citation-ods-vitamin-d') },
        { _type: 'link', _key: 'm2', href: '/blog/calcium-basics' },
        { _type: 'link', _key: 'm3', href: 'mailto:editor@example.org' },
      ],
      children: [
        span('b2a', 'Vitamin D helps the gut absorb calcium', ['m1']),
        span('b2b', '; see ', []),
        span('b2c', 'calcium basics', ['m2', 'em']),
        span('b2d', ' or ', []),
        span('b2e', 'write to us', ['m3']),
        span('b2f', '.', []),
      ],
    },
    {
      _type: 'block',
      _key: 'b3',
      style: 'normal',
      listItem: 'bullet',
      level: 1,
      markDefs: [{ _type: 'citationRef', _key: 'm4', citation: ref('citation-pmc-k2') }],
      children: [span('b3s', 'Bone health', ['strong', 'm4'])],
    },
    { _type: 'image', _key: 'b4', asset: ref(imageRef), alt: 'Diagram of calcium moving from gut to bone' },
    {
      _type: 'callout',
      _key: 'b5',
      tone: 'warning',
      body: [
        { _type: 'block', _key: 'c1', style: 'normal', markDefs: [], children: [span('c1s', 'Vitamin K can interact with warfarin.')] },
      ],
    },
    { _type: 'videoEmbed', _key: 'b6', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'A short explainer' },
  ],
  worksCited: [ref('citation-ods-vitamin-d', 'w1'), ref('citation-pmc-k2', 'w2')],
  disclaimer: ref('disclaimer-medical'),
  relatedPosts: [ref('post-calcium-basics', 'r1')],
  seo: { _type: 'seo', title: 'Vitamin D3 and K2 together', description: 'How D3 and K2 share the work of handling calcium.' },
  reviewedBy: ref('author-ines'),
  lastReviewedAt: '2025-07-01',
  nextReviewDue: addMonths(today, 6)!,
  changes: [
    { _type: 'postChange', _key: 'ch2', date: '2025-07-01', kind: 'update', note: 'Added a note on who should ask a pharmacist first.' },
    {
      _type: 'postChange',
      _key: 'ch1',
      date: '2025-06-28',
      kind: 'correction',
      note: 'K2 comes mainly from fermented foods, not leafy greens.',
    },
  ],
}

export const goodDataset = [
  imageAsset,
  author,
  reviewer,
  category,
  citationOds,
  citationPmc,
  disclaimer,
  editorialPolicyPage,
  correctionsPolicyPage,
  siteSettings,
  otherPost,
  goodPost,
] as unknown as SanityDocument[]
