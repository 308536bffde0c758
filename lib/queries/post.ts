import { defineQuery } from 'groq'
import { z } from 'zod'
import { numberCitations } from '../content/citations'
import { CONTENT_CHECK_HINT } from '../content/content-check-hint'
import { isReadableDate } from '../content/dates'
import { cleanPortableText } from '../content/portable-text'
import {
  REFERENCE_STYLES,
  REFERENCE_TYPE_VALUES,
  DEFAULT_REFERENCE_STYLE,
  type ReferenceAuthor,
  type ReferenceStyle,
} from '../references/model'
import { SOURCE_KIND_VALUES } from '../references/source-kinds'
import { countWords, readingTimeMinutes } from '../content/reading-time'
import { rankRelatedPosts } from '../content/related'
import { showOnce } from '../content/show-once'
import {
  CHANGE_KINDS,
  contentModifiedAt,
  nextReviewDate,
  reviewIntervalMonths,
  reviewStatus,
  sortChanges,
  type ReviewStatus,
} from '../review'
import type { ContentReader } from '../source'
import {
  CAPTIONED_IMAGE_PROJECTION,
  CATEGORY_LINK_PROJECTION,
  CONTENT_CATEGORY_SLUGS,
  IMAGE_FIELDS,
  IMAGE_PROJECTION,
  POST_CARD_PROJECTION,
  PUBLIC_POST,
  authorLinkSchema,
  excerptSchema,
  imageSchema,
  listOf,
  optionalDateSchema,
  orNull,
  pageSlugSchema,
  publishDateSchema,
  slugSchema,
  type AuthorLink,
  postCardSchema,
  type PostCard,
} from './fragments'
import { SOURCE_HEALTH_PROJECTION } from './source-health'
import { tags } from './tags'
import { isValidSlug } from '../slugs'
import type { POST_PAGE_QUERY_RESULT, SHARE_CARD_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'

/**
 * Portable Text is passed through loosely: the renderer skips block types it doesn't know, and
 * malformed spans and mark definitions are dropped here (lib/content/portable-text), logged.
 */
export const portableTextSchema = z
  .array(z.unknown())
  .nullish()
  .transform(
    (blocks) =>
      cleanPortableText(blocks, (problem) => console.warn(`[content] ${problem} ${CONTENT_CHECK_HINT}`)) as {
        _type: string
        _key: string
        [key: string]: unknown
      }[],
  )
export type PortableTextBlocks = z.output<typeof portableTextSchema>

/** An author as stored: a person or an organisation; one that is neither is dropped, not a broken entry. */
const referenceAuthorsSchema = z
  .array(z.unknown())
  .nullish()
  .transform((authors) =>
    (authors ?? []).flatMap((author): ReferenceAuthor[] => {
      const parsed = z
        .union([
          z.object({ literal: z.string().trim().min(1) }),
          z.object({ family: z.string().trim().min(1), given: z.string().nullish() }),
        ])
        .safeParse(author)
      return parsed.success ? [parsed.data] : []
    }),
  )

const optionalText = z.string().nullish().catch(null)

const citationSchema = z.object({
  _id: z.string(),
  type: z.enum(REFERENCE_TYPE_VALUES).nullish().catch(null),
  title: z.string().min(1),
  site: z.string().nullish(),
  url: z.string().nullish(),
  accessedAt: z.string().nullish(),
  authors: referenceAuthorsSchema,
  container: optionalText,
  issued: optionalText,
  volume: optionalText,
  issue: optionalText,
  pages: optionalText,
  doi: optionalText,
  pmid: optionalText,
  pmcid: optionalText,
  isbn: optionalText,
  sourceKind: z.enum(SOURCE_KIND_VALUES).nullish().catch(null),
  archiveUrl: z.string().nullish(),
  // A malformed health record reads as "never checked", never as a broken page.
  health: z
    .object({
      status: z.string().nullish(),
      archivedUrl: z.string().nullish(),
      archivedAt: z.string().nullish(),
      // A retraction, correction or concern (lib/references/retractions); unreadable reads as none.
      retraction: z
        .object({ status: z.string().nullish(), notice: z.string().nullish(), date: z.string().nullish() })
        .nullish()
        .catch(null),
    })
    .nullish()
    .catch(null),
})
export type Citation = z.output<typeof citationSchema>

const disclaimerSchema = orNull(
  z
    .object({ _id: z.string(), title: z.string().nullish(), body: portableTextSchema })
    .transform(({ title, body }) => ({ title: title ?? null, body })),
)

const changeSchema = z.object({
  _key: z.string(),
  date: z.string().refine(isReadableDate, 'the change has no readable date'),
  kind: z.enum(CHANGE_KINDS),
  note: z.string().trim().min(1),
})

/** The review policy in Site settings. A site that says nothing is treated as a health site. */
const reviewPolicySchema = z
  .object({
    isMedicalSite: z.boolean().nullish(),
    reviewIntervalMonths: z.unknown(),
    // The policy pages' slugs: linked as /<slug>, left out when the page cannot be served there.
    editorialPolicy: pageSlugSchema.nullish().catch(null),
    correctionsPolicy: pageSlugSchema.nullish().catch(null),
  })
  .nullish()
  .catch(null)
  .transform((policy) => ({
    isMedicalSite: policy?.isMedicalSite !== false,
    intervalMonths: reviewIntervalMonths(policy?.reviewIntervalMonths),
    editorialPolicy: policy?.editorialPolicy ? `/${policy.editorialPolicy}` : null,
    correctionsPolicy: policy?.correctionsPolicy ? `/${policy.correctionsPolicy}` : null,
  }))
export type ReviewPolicy = z.output<typeof reviewPolicySchema>

/** "Next, check out our posts" shows this many; each "More content" section fetches one spare beyond it. */
const RELATED_LIMIT = 3

const relatedCandidateSchema = z.intersection(postCardSchema, z.object({ shared: z.number().nullish() }))

/**
 * The post's own fields, as its page shows them. getPost passes the parsed post through, so a new
 * field is one line in the projection and one in the schema beside it.
 */
const POST_PROJECTION = `{
  _id,
  title,
  subtitle,
  "slug": slug.current,
  excerpt,
  publishedAt,
  updatedAt,
  tags,
  "author": author->{name, "slug": slug.current, credentials, role, bio, "image": image${IMAGE_PROJECTION}},
  "reviewedBy": reviewedBy->{name, "slug": slug.current, credentials, role, "image": image${IMAGE_PROJECTION}},
  lastReviewedAt,
  nextReviewDue,
  "changes": changes[]{_key, date, kind, note},
  "categories": categories[]->${CATEGORY_LINK_PROJECTION},
  "image": mainImage${CAPTIONED_IMAGE_PROJECTION},
  "highlights": highlights[]{_key, heading, text},
  "body": body[]{
    ...,
    _type == "image" => {_type, _key, ${IMAGE_FIELDS}, caption}
  },
  "wordCount": count(string::split(coalesce(pt::text(body), ""), " ")),
  "seo": seo{title, description, "image": image${IMAGE_PROJECTION}}
}`

const postSchema = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    subtitle: z.string().nullish(),
    slug: slugSchema,
    excerpt: excerptSchema,
    publishedAt: publishDateSchema,
    updatedAt: optionalDateSchema.transform((date) => date ?? null),
    tags: orNull(z.array(z.string())).transform((tags) => tags ?? []),
    author: orNull(
      z
        .object({
          name: z.string(),
          slug: slugSchema.nullish().catch(null),
          credentials: z.string().nullish(),
          role: z.string().nullish(),
          bio: z.string().nullish(),
          image: imageSchema,
        })
        .transform(({ slug, credentials, role, bio, ...author }) => ({
          ...author,
          slug: slug ?? null,
          credentials: credentials?.trim() || null,
          role: role?.trim() || null,
          bio: bio ?? null,
        })),
    ),
    // The reviewer's byline, and their portrait for the trust block at the top.
    reviewedBy: z.unknown().transform((value) => {
      const person = authorLinkSchema.parse(value)
      const image = imageSchema.catch(null).parse((value as { image?: unknown } | null)?.image ?? null)
      return person ? { ...person, image } : null
    }),
    lastReviewedAt: optionalDateSchema,
    nextReviewDue: optionalDateSchema,
    // "Updates and corrections", newest first.
    changes: listOf(changeSchema, 'change').transform(sortChanges),
    categories: listOf(z.object({ _id: z.string(), title: z.string(), slug: slugSchema }), 'category'),
    image: imageSchema,
    highlights: listOf(
      z.object({
        _key: z.string(),
        heading: z.string(),
        text: z
          .string()
          .nullish()
          .transform((text) => text ?? ''),
      }),
      'highlight',
    ),
    body: portableTextSchema,
    wordCount: z.number().nullish(),
    seo: orNull(
      z
        .object({ title: z.string().nullish(), description: z.string().nullish(), image: imageSchema })
        .transform(({ title, description, image }) => ({ title: title ?? null, description: description ?? null, image })),
    ),
  })
  .transform(({ wordCount, ...post }) => ({
    ...post,
    readingTimeMinutes: readingTimeMinutes(wordCount ?? countWords(post.excerpt)),
    // When the content last changed: the latest of publication, `updatedAt` and the change log.
    modifiedAt: contentModifiedAt(post) ?? post.publishedAt,
  }))

/**
 * One round trip for everything a post page shows: the post, its works cited in order, the
 * disclaimer (its own, else the site default), related posts, the latest post of each content
 * category, and its neighbours by date.
 */
export const POST_PAGE_QUERY = defineQuery(`*[${PUBLIC_POST} && slug.current == $slug][0]{
  "post": ${POST_PROJECTION},
  "policy": *[_type == "siteSettings" && _id == "siteSettings"][0]{isMedicalSite, reviewIntervalMonths, "editorialPolicy": editorialPolicy->slug.current, "correctionsPolicy": correctionsPolicy->slug.current},
  "referenceStyle": *[_type == "siteSettings" && _id == "siteSettings"][0].referenceStyle,
  "worksCited": worksCited[]->{
    _id, type, title, site, url, accessedAt,
    authors[]{_type == "person" => {family, given}, _type == "organisation" => {literal}}, container, issued, volume, issue, pages,
    doi, pmid, pmcid, isbn, sourceKind, archiveUrl,
    "health": ${SOURCE_HEALTH_PROJECTION}
  },
  "disclaimer": coalesce(disclaimer->, *[_type == "siteSettings" && _id == "siteSettings"][0].defaultDisclaimer->){_id, title, body},
  "curated": relatedPosts[]->${POST_CARD_PROJECTION},
  "candidates": *[${PUBLIC_POST} && _id != ^._id && (
    count(categories[@._ref in ^.^.categories[]._ref]) > 0 || count(tags[@ in ^.^.tags]) > 0
  )] | order(
    count(categories[@._ref in ^.^.categories[]._ref]) + count(tags[@ in ^.^.tags]) desc,
    publishedAt desc
  )[0...6]{
    ...${POST_CARD_PROJECTION},
    "shared": count(categories[@._ref in ^.^.categories[]._ref]) + count(tags[@ in ^.^.tags])
  },
  "moreContent": *[_type == "category" && slug.current in $contentCategories]{
    title,
    "slug": slug.current,
    "posts": *[${PUBLIC_POST} && ^._id in categories[]._ref && _id != ^.^._id] | order(publishedAt desc)[0...$moreContentCandidates]${POST_CARD_PROJECTION}
  },
  "previous": *[${PUBLIC_POST} && publishedAt < ^.publishedAt] | order(publishedAt desc)[0]{title, "slug": slug.current, publishedAt},
  "next": *[${PUBLIC_POST} && publishedAt > ^.publishedAt] | order(publishedAt asc)[0]{title, "slug": slug.current, publishedAt}
}`)

// A neighbour that is not public itself (slug rule, unreadable date) is no link rather than a link to a 404.
const neighbourSchema = orNull(
  z.object({ title: z.string(), slug: slugSchema, publishedAt: publishDateSchema }).transform(({ title, slug }) => ({ title, slug })),
)

const postPageSchema = z
  .object({
    post: postSchema,
    policy: reviewPolicySchema,
    // The site's reference style; unset or unknown → AMA.
    referenceStyle: z
      .enum(REFERENCE_STYLES.map((style) => style.value) as [ReferenceStyle, ...ReferenceStyle[]])
      .nullish()
      .catch(null)
      .transform((style) => style ?? DEFAULT_REFERENCE_STYLE),
    worksCited: listOf(citationSchema, 'citation'),
    disclaimer: disclaimerSchema,
    curated: listOf(postCardSchema, 'related post'),
    candidates: listOf(relatedCandidateSchema, 'related post'),
    moreContent: listOf(z.object({ title: z.string(), slug: slugSchema, posts: listOf(postCardSchema, 'post') }), 'content category'),
    previous: neighbourSchema,
    next: neighbourSchema,
  })
  .nullable()
type _PostPageChecked = Assert<Fits<POST_PAGE_QUERY_RESULT, typeof postPageSchema>>
type ParsedPostPage = NonNullable<z.output<typeof postPageSchema>>

export interface PostReview {
  reviewer: AuthorLink & { image: z.output<typeof imageSchema> }
  /** "Medically reviewed by" on a health site when the reviewer holds credentials, else "Reviewed by". */
  label: string
  lastReviewedAt: string
  nextReviewDue: string | null
  status: ReviewStatus
}

/** Only a qualified reviewer on a health site makes a review "medical". */
export function reviewLabel(policy: Pick<ReviewPolicy, 'isMedicalSite'>, reviewer: Pick<AuthorLink, 'credentials'>): string {
  return policy.isMedicalSite && reviewer.credentials ? 'Medically reviewed by' : 'Reviewed by'
}

export interface PostPage {
  /** The post as parsed, its reviewer and review dates made into `review`. */
  post: Omit<ParsedPostPage['post'], 'reviewedBy' | 'lastReviewedAt' | 'nextReviewDue'> & {
    /** Who reviewed the post and when; `null` when nobody is named or no date is given. */
    review: PostReview | null
  }
  citations: ReturnType<typeof numberCitations<Citation, PortableTextBlocks[number]>>['citations']
  disclaimer: ParsedPostPage['disclaimer']
  policy: ReviewPolicy
  /** How works-cited entries are written out (`siteSettings.referenceStyle`). */
  referenceStyle: ReferenceStyle
  /** "Next, check out our posts": curated first, topped up to three. */
  related: PostCard[]
  /** "More content you might like": the latest News, Video and Review post, never this one. */
  moreContent: { category: { title: string; slug: string }; post: PostCard }[]
  previous: ParsedPostPage['previous']
  next: ParsedPostPage['next']
}

/** The post page's view model, or `null` when no public post has this slug. */
export async function getPost(reader: ContentReader, slug: string): Promise<PostPage | null> {
  // No document the site serves has such a slug: answered without a query (and without a log line per random URL).
  if (!isValidSlug(slug)) return null
  const raw = await reader.fetchContent({
    query: POST_PAGE_QUERY,
    params: { slug, contentCategories: CONTENT_CATEGORY_SLUGS, moreContentCandidates: RELATED_LIMIT + 1 },
    tags: [tags.site, tags.postList, tags.pages, tags.post(slug)],
    schema: z.unknown(),
  })
  if (raw === null || raw === undefined) return null
  const parsed = postPageSchema.safeParse(raw)
  if (!parsed.success || !parsed.data) {
    // Too broken to render: a 404 for readers, a log line for us — never a 500.
    console.error(`[content] post "${slug}" could not be parsed: ${parsed.error?.message ?? 'empty'} ${CONTENT_CHECK_HINT}`)
    return null
  }
  const data = parsed.data
  const { reviewedBy, lastReviewedAt, nextReviewDue, ...post } = data.post
  const { body, citations } = numberCitations(data.worksCited, post.body)
  const related = rankRelatedPosts({ selfId: post._id, curated: data.curated, candidates: data.candidates, limit: RELATED_LIMIT }).map(
    ({ shared: _shared, ...card }: PostCard & { shared?: number | null }) => card,
  )
  // "More content you might like" never repeats a related card: each section takes its newest post not shown above.
  const sections = CONTENT_CATEGORY_SLUGS.flatMap((categorySlug) => data.moreContent.filter((item) => item.slug === categorySlug))
  const [, ...latestPerSection] = showOnce(
    [{ candidates: related, limit: related.length }, ...sections.map((section) => ({ candidates: section.posts, limit: 1 }))],
    (card) => card._id,
    [post._id],
  )
  const moreContent = sections.flatMap((section, index) =>
    latestPerSection[index]!.map((card) => ({ category: { title: section.title, slug: section.slug }, post: card })),
  )
  const reviewDates = { lastReviewedAt, nextReviewDue }
  return {
    post: {
      ...post,
      body,
      review:
        reviewedBy && lastReviewedAt
          ? {
              reviewer: reviewedBy,
              label: reviewLabel(data.policy, reviewedBy),
              lastReviewedAt,
              nextReviewDue: nextReviewDate(reviewDates, data.policy.intervalMonths),
              status: reviewStatus(reviewDates, data.policy.intervalMonths),
            }
          : null,
    },
    citations,
    disclaimer: data.disclaimer,
    policy: data.policy,
    referenceStyle: data.referenceStyle,
    related,
    moreContent,
    previous: data.previous,
    next: data.next,
  }
}

export const SHARE_CARD_QUERY = defineQuery(`*[${PUBLIC_POST} && slug.current == $slug][0]{title, "categories": categories[]->title}`)

const shareCardSchema = z
  .object({
    title: z.string().min(1),
    categories: z
      .array(z.string().nullable())
      .nullish()
      .transform((titles) => (titles ?? []).filter((title): title is string => !!title)),
  })
  .nullable()

type _ShareCardChecked = Assert<Fits<SHARE_CARD_QUERY_RESULT, typeof shareCardSchema>>

/** Just what a post's share image draws: far cheaper than the whole post page. */
export async function getShareCard(reader: ContentReader, slug: string) {
  if (!isValidSlug(slug)) return null
  return reader.fetchContent({ query: SHARE_CARD_QUERY, params: { slug }, tags: [tags.site, tags.post(slug)], schema: shareCardSchema })
}
