import { getAuthorIndex } from './authors'
import { getPublicIndex } from './feeds'
import { getAllCategories, POSTS_PER_PAGE } from './post-lists'

/**
 * What `next build` renders ahead of time: the newest posts and the first pages of each list,
 * where nearly all reading happens. Older pages render on their first visit and are cached
 * the same way (dynamicParams), so build time stays flat as the archive grows.
 */
export const PRERENDER_NEWEST_POSTS = 100
export const PRERENDER_LIST_PAGES = 10

const pageNumbers = (postCount: number) =>
  Array.from({ length: Math.min(PRERENDER_LIST_PAGES, Math.max(1, Math.ceil(postCount / POSTS_PER_PAGE))) }, (_, index) => String(index + 1))

export async function postStaticParams() {
  return (await getPublicIndex()).posts.slice(0, PRERENDER_NEWEST_POSTS).map((post) => ({ slug: post.slug }))
}

/** Index pages 1…K; page 1 is built too, as its redirect to `/blog`. */
export async function blogPageStaticParams() {
  return pageNumbers((await getPublicIndex()).posts.length).map((n) => ({ n }))
}

export async function categoryStaticParams() {
  return (await getAllCategories()).map((category) => ({ slug: category.slug }))
}

/** Each category's pages 1…K; page 1 is built too, as its redirect to the category's address. */
export async function categoryPageStaticParams() {
  return (await getAllCategories()).flatMap((category) => pageNumbers(category.postCount).map((n) => ({ slug: category.slug, n })))
}

export async function authorStaticParams() {
  return (await getAuthorIndex()).map((author) => ({ slug: author.slug }))
}

/** Each author's pages 1…K: the longer of their written and reviewed lists sets K. */
export async function authorPageStaticParams() {
  return (await getAuthorIndex()).flatMap((author) =>
    pageNumbers(Math.max(author.wroteCount, author.reviewedCount)).map((n) => ({ slug: author.slug, n })),
  )
}
