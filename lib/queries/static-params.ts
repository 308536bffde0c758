import type { ContentReader } from '../source'
import { getAuthorIndex } from './authors'
import { getPublicIndex } from './feeds'
import { getAllCategories, pageCount } from './post-lists'

/**
 * What `next build` renders ahead of time: the newest posts and the first pages of each list,
 * where nearly all reading happens. Older pages render on their first visit and are cached
 * the same way (dynamicParams), so build time stays flat as the archive grows. Always the
 * published perspective: there is no request, so no draft mode, at build time.
 */
export const PRERENDER_NEWEST_POSTS = 100
export const PRERENDER_LIST_PAGES = 10

const pageNumbers = (postCount: number) =>
  Array.from({ length: Math.min(PRERENDER_LIST_PAGES, pageCount(postCount)) }, (_, index) => String(index + 1))

export async function postStaticParams(reader: ContentReader) {
  return (await getPublicIndex(reader.withPerspective('published'))).posts
    .slice(0, PRERENDER_NEWEST_POSTS)
    .map((post) => ({ slug: post.slug }))
}

/** Index pages 1…K; page 1 is built too, as its redirect to `/blog`. */
export async function blogPageStaticParams(reader: ContentReader) {
  return pageNumbers((await getPublicIndex(reader.withPerspective('published'))).posts.length).map((n) => ({ n }))
}

export async function categoryStaticParams(reader: ContentReader) {
  return (await getAllCategories(reader.withPerspective('published'))).map((category) => ({ slug: category.slug }))
}

/** Each category's pages 1…K; page 1 is built too, as its redirect to the category's address. */
export async function categoryPageStaticParams(reader: ContentReader) {
  return (await getAllCategories(reader.withPerspective('published'))).flatMap((category) =>
    pageNumbers(category.postCount).map((n) => ({ slug: category.slug, n })),
  )
}

export async function authorStaticParams(reader: ContentReader) {
  return (await getAuthorIndex(reader.withPerspective('published'))).map((author) => ({ slug: author.slug }))
}

/** Each author's pages 1…K: the longer of their written and reviewed lists sets K. */
export async function authorPageStaticParams(reader: ContentReader) {
  return (await getAuthorIndex(reader.withPerspective('published'))).flatMap((author) =>
    pageNumbers(Math.max(author.wroteCount, author.reviewedCount)).map((n) => ({ slug: author.slug, n })),
  )
}
