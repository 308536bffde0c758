import { defineQuery } from 'groq'
import { z } from 'zod'
import { contentModifiedAt } from '../review'
import type { ContentReader } from '../source'
import { PUBLIC_POST, listOf, optionalDateSchema, publishDateSchema, slugSchema } from './fragments'
import { tags } from './tags'
import type { FEED_QUERY_RESULT, PUBLIC_INDEX_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'

/**
 * Every public address with its dates, for the sitemap and static params: only what they read,
 * since this is the one query that walks the whole archive (5,000 rows in a large one).
 */
export const PUBLIC_INDEX_QUERY = defineQuery(`{
  "posts": *[${PUBLIC_POST}] | order(publishedAt desc, _id asc){
    "slug": slug.current,
    publishedAt,
    updatedAt,
    "changes": changes[]{date}
  },
  "categories": *[_type == "category" && defined(slug.current)]{
    "slug": slug.current,
    "lastPostAt": *[${PUBLIC_POST} && ^._id in categories[]._ref] | order(publishedAt desc)[0].publishedAt
  },
  "authors": *[_type == "author" && defined(slug.current)] | order(name asc){
    "slug": slug.current,
    "lastPostAt": *[${PUBLIC_POST} && (author._ref == ^._id || reviewedBy._ref == ^._id)] | order(publishedAt desc)[0].publishedAt
  }
}`)

/**
 * How many of the newest posts the RSS feed carries. Readers poll a feed for what is new, so it
 * holds the latest posts, not the archive (WordPress sends 10, Ghost 15): 50 covers weeks of a busy
 * publisher's output and keeps the feed a few hundred KB however large the archive grows.
 */
export const FEED_ITEM_LIMIT = 50

/** The newest posts for the RSS feed, with what an item shows. */
export const FEED_QUERY = defineQuery(`*[${PUBLIC_POST}] | order(publishedAt desc, _id asc)[0...$limit]{
  "slug": slug.current,
  title,
  excerpt,
  publishedAt,
  updatedAt,
  "changes": changes[]{date},
  "author": author->name,
  "categories": categories[]->title
}`)

// Only the dates of the change log are read, and a change without one is skipped rather than the post.
const changeDates = z.array(z.unknown()).nullish()
const hasDate = (change: unknown): change is { date: string } => typeof (change as { date?: unknown } | null)?.date === 'string'
const isTitle = (title: string | null): title is string => !!title

/** The sitemap's lastmod and the feed's updated date: the latest update or logged change. */
const modifiedAt = (post: { publishedAt: string; updatedAt?: string | null; changes?: unknown[] | null }) =>
  contentModifiedAt({ publishedAt: post.publishedAt, updatedAt: post.updatedAt, changes: (post.changes ?? []).filter(hasDate) }) ??
  post.publishedAt

// Plain object schemas, and one pass over the list afterwards: zod runs a transform per item
// several times slower than a plain check, and the sitemap parses every post in the archive.
const indexedPostSchema = z.object({
  slug: slugSchema,
  publishedAt: publishDateSchema,
  updatedAt: optionalDateSchema,
  changes: changeDates,
})

const publicIndexSchema = z.object({
  posts: listOf(indexedPostSchema, 'post').transform((posts) => posts.map((post) => ({ slug: post.slug, modifiedAt: modifiedAt(post) }))),
  categories: listOf(z.object({ slug: slugSchema, lastPostAt: z.string().nullish() }), 'category'),
  authors: listOf(z.object({ slug: slugSchema, lastPostAt: z.string().nullish() }), 'author'),
})
export type PublicIndex = z.output<typeof publicIndexSchema>
type _IndexChecked = Assert<Fits<PUBLIC_INDEX_QUERY_RESULT, typeof publicIndexSchema>>

const feedItemSchema = z.object({
  slug: slugSchema,
  title: z.string(),
  excerpt: z.string().nullish(),
  publishedAt: publishDateSchema,
  updatedAt: optionalDateSchema,
  changes: changeDates,
  author: z.string().nullish(),
  categories: z.array(z.string().nullable()).nullish(),
})

const feedSchema = listOf(feedItemSchema, 'post').transform((posts) =>
  posts.map((post) => ({
    slug: post.slug,
    title: post.title,
    excerpt: post.excerpt,
    publishedAt: post.publishedAt,
    modifiedAt: modifiedAt(post),
    author: post.author,
    categories: (post.categories ?? []).filter(isTitle),
  })),
)
export type FeedItem = z.output<typeof feedSchema>[number]
type _FeedChecked = Assert<Fits<FEED_QUERY_RESULT, typeof feedSchema>>

export function getPublicIndex(reader: ContentReader): Promise<PublicIndex> {
  return reader.fetchContent({ query: PUBLIC_INDEX_QUERY, tags: [tags.site, tags.postList], schema: publicIndexSchema })
}

/** The newest FEED_ITEM_LIMIT public posts, newest first. */
export function getFeed(reader: ContentReader): Promise<FeedItem[]> {
  return reader.fetchContent({
    query: FEED_QUERY,
    params: { limit: FEED_ITEM_LIMIT },
    tags: [tags.site, tags.postList],
    schema: feedSchema,
  })
}
