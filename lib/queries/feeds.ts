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

const publicIndexSchema = z.object({
  posts: listOf(
    z.object({
      slug: z.string(),
      title: z.string(),
      excerpt: z.string().nullish(),
      publishedAt: z.string(),
      updatedAt: z.string().nullish(),
      changes: listOf(z.object({ date: z.string() }), 'change'),
      author: z.string().nullish(),
      categories: z.array(z.string().nullable()).nullish().transform((titles) => (titles ?? []).filter((title): title is string => !!title)),
    })
    // The sitemap's lastmod and the feed's updated date: the latest update or logged change.
    .transform(({ changes, ...post }) => ({ ...post, modifiedAt: contentModifiedAt({ ...post, changes }) ?? post.publishedAt })),
    'post',
  ),
  categories: listOf(z.object({ slug: z.string(), lastPostAt: z.string().nullish() }), 'category'),
  authors: listOf(z.object({ slug: z.string(), lastPostAt: z.string().nullish() }), 'author'),
})
export type PublicIndex = z.output<typeof publicIndexSchema>
type _Checked = Assert<Fits<PUBLIC_INDEX_QUERY_RESULT, typeof publicIndexSchema>>

export function getPublicIndex(reader: ContentReader): Promise<PublicIndex> {
  return reader.fetchContent({ query: PUBLIC_INDEX_QUERY, tags: [tags.site, tags.postList], schema: publicIndexSchema })
}
