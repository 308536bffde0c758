import { defineQuery } from 'groq'
import type { AUTHOR_INDEX_QUERY_RESULT, AUTHOR_PAGE_QUERY_RESULT } from '../../sanity.types'
import { z } from 'zod'
import { safeSourceUrl } from '../content/links'
import type { ContentReader } from '../source'
import {
  IMAGE_PROJECTION,
  POST_CARD_PROJECTION,
  PUBLIC_POST,
  imageSchema,
  listOf,
  postCardList,
  slugSchema,
  type ImageView,
  type PostCard,
} from './fragments'
import { pageCount, pageSlice, type Pagination } from './post-lists'
import { tags } from './tags'
import { isValidSlug } from '../slugs'
import type { Assert, Fits } from './contract'

/** Authors and reviewers: the `/authors` index and each person's page with what they wrote and reviewed. */

const wrote = `${PUBLIC_POST} && author._ref == ^._id`
const reviewed = `${PUBLIC_POST} && reviewedBy._ref == ^._id`

export const AUTHOR_INDEX_QUERY = defineQuery(`*[_type == "author" && defined(slug.current)] | order(name asc){
  _id,
  name,
  "slug": slug.current,
  credentials,
  role,
  "image": image${IMAGE_PROJECTION},
  "wroteCount": count(*[${wrote}]),
  "reviewedCount": count(*[${reviewed}])
}`)

const personFields = {
  _id: z.string(),
  name: z.string().min(1),
  slug: slugSchema,
  credentials: z.string().nullish(),
  role: z.string().nullish(),
  image: imageSchema,
}

const authorIndexSchema = listOf(
  z.object({ ...personFields, wroteCount: z.number(), reviewedCount: z.number() }).transform(({ credentials, role, ...author }) => ({
    ...author,
    credentials: credentials?.trim() || null,
    role: role?.trim() || null,
  })),
  'author',
)
export type AuthorSummary = z.output<typeof authorIndexSchema>[number]
type _IndexChecked = Assert<Fits<AUTHOR_INDEX_QUERY_RESULT, typeof authorIndexSchema>>

/** Everyone with a page, by name, with how many public posts they wrote and reviewed. */
export function getAuthorIndex(reader: ContentReader): Promise<AuthorSummary[]> {
  return reader.fetchContent({ query: AUTHOR_INDEX_QUERY, tags: [tags.site, tags.postList, tags.authors], schema: authorIndexSchema })
}

export const AUTHOR_PAGE_QUERY = defineQuery(`*[_type == "author" && slug.current == $slug][0]{
  _id,
  name,
  "slug": slug.current,
  credentials,
  role,
  bio,
  expertise,
  sameAs,
  "image": image${IMAGE_PROJECTION},
  "wrote": *[${wrote}] | order(publishedAt desc, _id asc)[$start...$end]${POST_CARD_PROJECTION},
  "wroteTotal": count(*[${wrote}]),
  "reviewed": *[${reviewed}] | order(publishedAt desc, _id asc)[$start...$end]${POST_CARD_PROJECTION},
  "reviewedTotal": count(*[${reviewed}])
}`)

const strings = z
  .array(z.unknown())
  .nullish()
  .transform((values) =>
    (values ?? []).filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim()),
  )

const authorPageSchema = z
  .object({
    ...personFields,
    bio: z.string().nullish(),
    expertise: strings,
    sameAs: strings,
    wrote: postCardList,
    wroteTotal: z.number(),
    reviewed: postCardList,
    reviewedTotal: z.number(),
  })
  .nullable()
type _PageChecked = Assert<Fits<AUTHOR_PAGE_QUERY_RESULT, typeof authorPageSchema>>

export interface AuthorPage extends Pagination {
  author: {
    name: string
    slug: string
    credentials: string | null
    role: string | null
    bio: string | null
    image: ImageView | null
    expertise: string[]
    /** Profile links elsewhere: absolute http(s) only. */
    sameAs: string[]
  }
  /** This page of the posts they wrote and of those they reviewed, both newest first. */
  wrote: { posts: PostCard[]; total: number }
  reviewed: { posts: PostCard[]; total: number }
}

/**
 * One page of a person's posts: page `n` holds the n-th ten of what they wrote and of what they
 * reviewed, so the longer list sets the page count. `null` for an unknown author or page.
 */
export async function getAuthorPage(reader: ContentReader, slug: string, page = 1): Promise<AuthorPage | null> {
  if (!isValidSlug(slug)) return null
  const data = await reader.fetchContent({
    query: AUTHOR_PAGE_QUERY,
    params: { slug, ...pageSlice(page) },
    tags: [tags.site, tags.postList, tags.author(slug)],
    schema: authorPageSchema,
  })
  if (!data) return null
  const totalPages = Math.max(pageCount(data.wroteTotal), pageCount(data.reviewedTotal))
  if (page > totalPages) return null
  return {
    author: {
      name: data.name,
      slug: data.slug,
      credentials: data.credentials?.trim() || null,
      role: data.role?.trim() || null,
      bio: data.bio?.trim() || null,
      image: data.image,
      expertise: data.expertise,
      sameAs: data.sameAs.flatMap((url) => safeSourceUrl(url) ?? []),
    },
    wrote: { posts: data.wrote, total: data.wroteTotal },
    reviewed: { posts: data.reviewed, total: data.reviewedTotal },
    page,
    totalPages,
    totalPosts: data.wroteTotal + data.reviewedTotal,
  }
}
