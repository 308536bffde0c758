/**
 * Assembles the demo dataset from the authored modules: Sanity documents in export form (image
 * fields carry `_sanityAsset`), plus the image files they point at. Pure and deterministic: keys
 * come from a per-document counter, `_rev` from a hash of the content, timestamps from the content.
 */
import { createHash } from 'node:crypto'
import type { ImageAsset } from './artwork'
import { allCitations, type CitationSpec } from './citations'
import { identifiersFromUrl } from '../../lib/references/identifiers'
import { typeFromUrl } from '../../lib/references/source-kinds'
import { healthDocument } from '../../lib/sources-health/health'
import { allImages } from './images'
import { image, isPlainObject, reference, withKeys, type BodyBlock } from './portable-text'
import type { ImageSpec, PostSpec } from './post-spec'
import { PAGES, pageId } from './pages'
import { POSTS } from './posts'
import { REVIEWS } from './reviews'
import { AUTHORS, CATEGORIES, DISCLAIMERS, SITE_SETTINGS } from './site'
import { DEMO_ARCHIVE_URLS, DEMO_CHECKED_AT, demoSourceHealth } from './source-health'

export type DemoDocument = {
  _id: string
  _type: string
  _createdAt: string
  _updatedAt: string
  _rev: string
  [field: string]: unknown
}

/** When the site-level documents were "created": before the first post. */
const SITE_CREATED_AT = '2025-01-06T09:00:00.000Z'

export const postId = (slug: string) => `post-${slug}`
export const draftPostId = (slug: string) => `drafts.${postId(slug)}`
export const authorId = (slug: string) => `author-${slug}`
export const categoryId = (slug: string) => `category-${slug}`

function makeDocument(
  meta: { _id: string; _type: string; createdAt: string; updatedAt?: string },
  fields: Record<string, unknown>,
): DemoDocument {
  const content = withKeys(fields)
  const _rev = createHash('sha1')
    .update(JSON.stringify([meta._id, meta._type, content]))
    .digest('base64url')
    .slice(0, 22)
  return {
    _id: meta._id,
    _type: meta._type,
    _createdAt: meta.createdAt,
    _updatedAt: meta.updatedAt ?? meta.createdAt,
    _rev,
    ...content,
  }
}

const imageField = (spec: ImageSpec) => image(spec.asset, spec.alt, spec.caption, { crop: spec.crop, hotspot: spec.hotspot })

/** Citation short names in the order a reader first meets them in the body. */
export function citationsInReadingOrder(body: ReadonlyArray<BodyBlock>): string[] {
  const seen = new Set<string>()
  for (const block of body) {
    if (block._type !== 'block') continue
    for (const def of block.markDefs) {
      if (def._type === 'citationRef') seen.add(def.citation._ref.replace(/^citation-/, ''))
    }
  }
  return [...seen]
}

/**
 * A citation in the reference model's shape, with what the citation-reference-model migration
 * would fill from its address (identifiers, type) — the dataset test runs the migration over it
 * and expects no change. Nothing is invented: only the spec and the address.
 */
function citationDocument(c: CitationSpec): DemoDocument {
  return makeDocument(
    { _id: `citation-${c.shortName}`, _type: 'citation', createdAt: `${c.accessedAt}T12:00:00.000Z` },
    {
      type: c.type ?? typeFromUrl(c.url) ?? 'webpage',
      title: c.title,
      site: c.site,
      url: c.url,
      accessedAt: c.accessedAt,
      ...(c.authors ? { authors: c.authors.map((author) => ({ _type: 'literal' in author ? 'organisation' : 'person', ...author })) } : {}),
      ...(c.container ? { container: c.container } : {}),
      ...(c.issued ? { issued: c.issued } : {}),
      ...identifiersFromUrl(c.url),
      ...(DEMO_ARCHIVE_URLS[c.shortName] ? { archiveUrl: DEMO_ARCHIVE_URLS[c.shortName] } : {}),
    },
  )
}

function reviewFields(slug: string): Record<string, unknown> {
  const review = REVIEWS[slug]
  if (!review) return {}
  return {
    reviewedBy: reference(authorId(review.reviewedBy)),
    lastReviewedAt: review.lastReviewedAt,
    ...(review.nextReviewDue ? { nextReviewDue: review.nextReviewDue } : {}),
    ...(review.changes ? { changes: review.changes.map((change) => ({ _type: 'postChange', ...change })) } : {}),
  }
}

/** A citation and, right after it (where `sources:check --write` puts it), its health record if the demo has one. */
function citationDocuments(c: CitationSpec): DemoDocument[] {
  const recorded = demoSourceHealth(c.url)[c.shortName]
  if (!recorded) return [citationDocument(c)]
  const { _id, _type, ...fields } = healthDocument(`citation-${c.shortName}`, { ...recorded, url: c.url, checkedAt: DEMO_CHECKED_AT })
  return [citationDocument(c), makeDocument({ _id, _type, createdAt: DEMO_CHECKED_AT }, fields)]
}

function postDocument(spec: PostSpec): DemoDocument {
  // The fields a spec writes otherwise than the document stores them; the rest are copied as they are.
  const {
    slug,
    author,
    categories,
    mainImage,
    highlights,
    body,
    worksCited = citationsInReadingOrder(body),
    disclaimer,
    relatedPosts,
    seo,
    draft,
    ...storedAsWritten
  } = spec
  return makeDocument(
    {
      _id: draft ? draftPostId(slug) : postId(slug),
      _type: 'post',
      createdAt: spec.publishedAt,
      updatedAt: spec.updatedAt ?? spec.publishedAt,
    },
    {
      ...storedAsWritten,
      slug: { _type: 'slug', current: slug },
      author: reference(authorId(author)),
      categories: categories.map((category) => reference(categoryId(category))),
      ...(mainImage ? { mainImage: imageField(mainImage) } : {}),
      ...(highlights ? { highlights: highlights.map((h) => ({ _type: 'highlight', ...h })) } : {}),
      body,
      ...(worksCited.length > 0 ? { worksCited: worksCited.map((name) => reference(`citation-${name}`)) } : {}),
      ...(disclaimer ? { disclaimer: reference(disclaimer) } : {}),
      ...reviewFields(slug),
      ...(relatedPosts ? { relatedPosts: relatedPosts.map((related) => reference(postId(related))) } : {}),
      ...(seo
        ? {
            seo: {
              _type: 'seo',
              title: seo.title,
              description: seo.description,
              ...(seo.image ? { image: imageField(seo.image) } : {}),
            },
          }
        : {}),
    },
  )
}

export function buildDocuments(): DemoDocument[] {
  return [
    makeDocument(
      { _id: 'siteSettings', _type: 'siteSettings', createdAt: SITE_CREATED_AT },
      {
        ...SITE_SETTINGS,
        defaultDisclaimer: reference(SITE_SETTINGS.defaultDisclaimer),
        editorialPolicy: reference(pageId(SITE_SETTINGS.editorialPolicy)),
        correctionsPolicy: reference(pageId(SITE_SETTINGS.correctionsPolicy)),
      },
    ),
    ...PAGES.map((p) =>
      makeDocument(
        { _id: pageId(p.slug), _type: 'page', createdAt: SITE_CREATED_AT },
        { title: p.title, slug: { _type: 'slug', current: p.slug }, body: p.body, seo: { _type: 'seo', description: p.description } },
      ),
    ),
    ...DISCLAIMERS.map((d) =>
      makeDocument({ _id: d.id, _type: 'disclaimer', createdAt: SITE_CREATED_AT }, { title: d.title, body: d.body }),
    ),
    ...AUTHORS.map((a) =>
      makeDocument(
        { _id: authorId(a.slug), _type: 'author', createdAt: SITE_CREATED_AT },
        {
          name: a.name,
          slug: { _type: 'slug', current: a.slug },
          ...(a.credentials ? { credentials: a.credentials } : {}),
          ...(a.role ? { role: a.role } : {}),
          bio: a.bio,
          ...(a.image ? { image: image(a.image.asset, a.image.alt) } : {}),
          ...(a.expertise ? { expertise: a.expertise } : {}),
          ...(a.sameAs ? { sameAs: a.sameAs } : {}),
        },
      ),
    ),
    ...CATEGORIES.map((c) =>
      makeDocument(
        { _id: categoryId(c.slug), _type: 'category', createdAt: SITE_CREATED_AT },
        {
          title: c.title,
          slug: { _type: 'slug', current: c.slug },
          description: c.description,
        },
      ),
    ),
    ...allCitations.flatMap(citationDocuments),
    ...POSTS.map(postDocument),
  ]
}

/** Every `_sanityAsset` string anywhere in the documents. */
export function referencedAssets(documents: ReadonlyArray<unknown>): Set<string> {
  const found = new Set<string>()
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit)
    else if (isPlainObject(node)) {
      if (typeof node._sanityAsset === 'string') found.add(node._sanityAsset)
      Object.values(node).forEach(visit)
    }
  }
  visit(documents)
  return found
}

export type DemoDataset = { documents: DemoDocument[]; ndjson: string; images: ImageAsset[] }

export function buildDemoDataset(): DemoDataset {
  const documents = buildDocuments()
  const ndjson = documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n'
  const images = [...allImages].sort((a, b) => a.fileName.localeCompare(b.fileName))
  return { documents, ndjson, images }
}
