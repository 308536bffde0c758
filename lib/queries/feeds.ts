import { defineQuery } from 'groq'
import { z } from 'zod'
import { contentModifiedAt } from '../review'
import type { ContentReader } from '../source'
import { PUBLIC_POST, listOf } from './fragments'
import { tags } from './tags'
import type { PUBLIC_INDEX_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'

/** Everything the sitemap, the RSS feed and static params need, in one query. */
export const PUBLIC_INDEX_QUERY = defineQuery(`{
  "posts": *[${PUBLIC_POST}] | order(publishedAt desc, _id asc){
    "slug": slug.current,
    title,
    excerpt,
    publishedAt,
    updatedAt,
    "changes": changes[]{date},
    "author": author->name,
    "categories": categories[]->title
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

// Plain object schemas, and one pass over the list afterwards: zod runs a transform per item
// several times slower than a plain check, and the sitemap parses every post in the archive.
const publicIndexPostSchema = z.object({
  slug: z.string(),
  title: z.string(),
  excerpt: z.string().nullish(),
  publishedAt: z.string(),
  updatedAt: z.string().nullish(),
  // Only the dates are read, and a change without one is skipped rather than the post.
  changes: z.array(z.unknown()).nullish(),
  author: z.string().nullish(),
  categories: z.array(z.string().nullable()).nullish(),
})

const hasDate = (change: unknown): change is { date: string } => typeof (change as { date?: unknown } | null)?.date === 'string'
const isTitle = (title: string | null): title is string => !!title

function indexedPost(post: z.output<typeof publicIndexPostSchema>) {
  const changes = (post.changes ?? []).filter(hasDate)
  return {
    slug: post.slug,
    title: post.title,
    excerpt: post.excerpt,
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
    author: post.author,
    categories: (post.categories ?? []).filter(isTitle),
    // The sitemap's lastmod and the feed's updated date: the latest update or logged change.
    modifiedAt: contentModifiedAt({ publishedAt: post.publishedAt, updatedAt: post.updatedAt, changes }) ?? post.publishedAt,
  }
}

const publicIndexSchema = z.object({
  posts: listOf(publicIndexPostSchema, 'post').transform((posts) => posts.map(indexedPost)),
  categories: listOf(z.object({ slug: z.string(), lastPostAt: z.string().nullish() }), 'category'),
  authors: listOf(z.object({ slug: z.string(), lastPostAt: z.string().nullish() }), 'author'),
})
export type PublicIndex = z.output<typeof publicIndexSchema>
type _Checked = Assert<Fits<PUBLIC_INDEX_QUERY_RESULT, typeof publicIndexSchema>>

export function getPublicIndex(reader: ContentReader): Promise<PublicIndex> {
  return reader.fetchContent({ query: PUBLIC_INDEX_QUERY, tags: [tags.site, tags.postList], schema: publicIndexSchema })
}
