import { defineQuery } from 'groq'
import { z } from 'zod'
import { CONTENT_CHECK_HINT } from '../content/content-check-hint'
import { showOnce } from '../content/show-once'
import type { ContentReader } from '../source'
import { CONTENT_CATEGORY_SLUGS, POST_CARD_PROJECTION, PUBLIC_POST, listOf, postCardList, slugSchema, type PostCard } from './fragments'
import { tags } from './tags'
import { isValidSlug } from '../slugs'
import type {
  ALL_CATEGORIES_QUERY_RESULT,
  CATEGORY_PAGE_QUERY_RESULT,
  HOME_PAGE_QUERY_RESULT,
  POST_LIST_QUERY_RESULT,
} from '../../sanity.types'
import type { Assert, Fits } from './contract'

export const POSTS_PER_PAGE = 10
export const HOME_LATEST_COUNT = 6
export const HOME_PER_CATEGORY = 3

export interface Pagination {
  page: number
  totalPages: number
  totalPosts: number
}

export interface PostListPage extends Pagination {
  posts: PostCard[]
}

/** How many list pages `postCount` posts fill; an empty list still has its first page. */
export function pageCount(postCount: number): number {
  return Math.max(1, Math.ceil(postCount / POSTS_PER_PAGE))
}

/** Valid page numbers are 1…totalPages; anything else (0, 1.5, "abc", past the end) is a 404. */
export function parsePageNumber(value: string | number): number | null {
  const text = String(value)
  if (!/^[1-9]\d{0,5}$/.test(text)) return null
  return Number(text)
}

/** The `$start`/`$end` GROQ slice of page `page`. */
export const pageSlice = (page: number) => ({ start: (page - 1) * POSTS_PER_PAGE, end: page * POSTS_PER_PAGE })

export const POST_LIST_QUERY = defineQuery(`{
  "posts": *[${PUBLIC_POST}] | order(publishedAt desc, _id asc)[$start...$end]${POST_CARD_PROJECTION},
  "total": count(*[${PUBLIC_POST}])
}`)

const listSchema = z.object({ posts: postCardList, total: z.number() })
type _ListChecked = Assert<Fits<POST_LIST_QUERY_RESULT, typeof listSchema>>

function toPage(page: number, data: z.output<typeof listSchema>): PostListPage | null {
  const totalPages = pageCount(data.total)
  if (page > totalPages) return null
  return { posts: data.posts, page, totalPages, totalPosts: data.total }
}

/** One page of the blog index, newest first; `null` when the page is out of range. */
export async function getPostList(reader: ContentReader, page: number): Promise<PostListPage | null> {
  const data = await reader.fetchContent({
    query: POST_LIST_QUERY,
    params: pageSlice(page),
    tags: [tags.site, tags.postList],
    schema: listSchema,
  })
  return toPage(page, data)
}

export const CATEGORY_PAGE_QUERY = defineQuery(`*[_type == "category" && slug.current == $slug][0]{
  _id,
  title,
  "slug": slug.current,
  description,
  "posts": *[${PUBLIC_POST} && ^._id in categories[]._ref] | order(publishedAt desc, _id asc)[$start...$end]${POST_CARD_PROJECTION},
  "total": count(*[${PUBLIC_POST} && ^._id in categories[]._ref])
}`)

const categoryPageSchema = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    slug: slugSchema,
    description: z.string().nullish(),
    posts: postCardList,
    total: z.number(),
  })
  .nullable()

type _CategoryChecked = Assert<Fits<CATEGORY_PAGE_QUERY_RESULT, typeof categoryPageSchema>>

export interface CategoryPage extends PostListPage {
  category: { title: string; slug: string; description: string | null }
}

/** A category with one page of its posts; `null` for an unknown category or page. */
export async function getCategoryPage(reader: ContentReader, slug: string, page = 1): Promise<CategoryPage | null> {
  if (!isValidSlug(slug)) return null
  const raw = await reader.fetchContent({
    query: CATEGORY_PAGE_QUERY,
    params: { slug, ...pageSlice(page) },
    tags: [tags.site, tags.postList, tags.category(slug)],
    schema: z.unknown(),
  })
  const parsed = categoryPageSchema.safeParse(raw ?? null)
  if (!parsed.success) {
    // A category too broken to show (no title): a 404 for readers, a log line for us — never a 500.
    console.error(`[content] category "${slug}" could not be parsed: ${parsed.error.issues[0]?.message ?? 'invalid'} ${CONTENT_CHECK_HINT}`)
    return null
  }
  const data = parsed.data
  if (!data) return null
  const list = toPage(page, data)
  if (!list) return null
  return { ...list, category: { title: data.title, slug: data.slug, description: data.description ?? null } }
}

export const HOME_PAGE_QUERY = defineQuery(`{
  "latest": *[${PUBLIC_POST}] | order(publishedAt desc, _id asc)[0...$latestCount]${POST_CARD_PROJECTION},
  "sections": *[_type == "category" && slug.current in $contentCategories]{
    title,
    "slug": slug.current,
    description,
    "posts": *[${PUBLIC_POST} && ^._id in categories[]._ref] | order(publishedAt desc, _id asc)[0...$perCategoryCandidates]${POST_CARD_PROJECTION}
  }
}`)

const homeSchema = z.object({
  latest: postCardList,
  sections: listOf(
    z.object({ title: z.string().min(1), slug: slugSchema, description: z.string().nullish(), posts: postCardList }),
    'home section',
  ),
})

type _HomeChecked = Assert<Fits<HOME_PAGE_QUERY_RESULT, typeof homeSchema>>

export interface HomePage {
  latest: PostCard[]
  /** One block per content category (News, Video, Review), in that order, empty ones left out. */
  sections: { category: { title: string; slug: string; description: string | null }; posts: PostCard[] }[]
}

export async function getHomePage(reader: ContentReader): Promise<HomePage> {
  const data = await reader.fetchContent({
    query: HOME_PAGE_QUERY,
    // Enough candidates per block that it still fills up after the latest articles and earlier blocks took theirs.
    params: {
      latestCount: HOME_LATEST_COUNT,
      perCategoryCandidates: HOME_LATEST_COUNT + HOME_PER_CATEGORY * CONTENT_CATEGORY_SLUGS.length,
      contentCategories: CONTENT_CATEGORY_SLUGS,
    },
    tags: [tags.site, tags.postList],
    schema: homeSchema,
  })
  const ordered = CONTENT_CATEGORY_SLUGS.flatMap((slug) => data.sections.filter((item) => item.slug === slug))
  // The home page never shows a card twice: each block skips what the latest articles and the blocks above it show.
  const [, ...blocks] = showOnce(
    [
      { candidates: data.latest, limit: data.latest.length },
      ...ordered.map((section) => ({ candidates: section.posts, limit: HOME_PER_CATEGORY })),
    ],
    (card) => card._id,
  )
  const sections = ordered.flatMap((section, index) =>
    blocks[index]!.length > 0
      ? [{ category: { title: section.title, slug: section.slug, description: section.description ?? null }, posts: blocks[index]! }]
      : [],
  )
  return { latest: data.latest, sections }
}

export const ALL_CATEGORIES_QUERY = defineQuery(`*[_type == "category" && defined(slug.current)] | order(title asc){
  _id,
  title,
  "slug": slug.current,
  "postCount": count(*[${PUBLIC_POST} && ^._id in categories[]._ref])
}`)

// Read by the header on every page: a category missing its title or slug is left out of the
// navigation instead of failing every page through the layout.
const allCategoriesSchema = listOf(
  z.object({ _id: z.string(), title: z.string().min(1), slug: slugSchema, postCount: z.number() }),
  'category',
)
type _AllCategoriesChecked = Assert<Fits<ALL_CATEGORIES_QUERY_RESULT, typeof allCategoriesSchema>>

/** Every category with how many public posts it has (navigation and static params). */
export function getAllCategories(reader: ContentReader) {
  return reader.fetchContent({ query: ALL_CATEGORIES_QUERY, tags: [tags.site, tags.postList], schema: allCategoriesSchema })
}
