import type { MetadataRoute } from 'next'
import type { PublicIndex } from '../queries/feeds'
import { pageCount } from '../queries/post-lists'
import { isoDateTime } from './dates'
import { escapeXml } from './rss'

type CategoryCount = { slug: string; postCount: number }

/**
 * Every public page: home, the standing pages (About, policies), the blog index and its pages,
 * categories and their pages, authors, posts. Next writes each `url` into `<loc>` exactly as given (its resolveSitemap does not escape),
 * so URLs are escaped here with the feed's XML escape. Slugs already follow the slug rule
 * (lib/slugs), which leaves nothing to escape; this keeps the file well-formed whatever changes.
 */
export function sitemapEntries(
  site: string,
  index: PublicIndex,
  categories: CategoryCount[],
  pages: { slug: string }[] = [],
): MetadataRoute.Sitemap {
  const at = (pathname: string) => escapeXml(`${site}${pathname}`)
  const latest = index.posts
    .map((post) => isoDateTime(post.modifiedAt))
    .filter((date): date is string => !!date)
    .sort()
    .at(-1)
  const listPages = (base: string, count: number, lastModified?: string | null) =>
    Array.from({ length: pageCount(count) }, (_, page) => ({
      url: page === 0 ? at(base) : at(`${base}/page/${page + 1}`),
      ...(lastModified ? { lastModified } : {}),
    }))
  const lastPostByCategory = new Map(index.categories.map((category) => [category.slug, isoDateTime(category.lastPostAt)]))

  return [
    { url: at('/'), ...(latest ? { lastModified: latest } : {}) },
    ...pages.map((page) => ({ url: at(`/${page.slug}`) })),
    ...listPages('/blog', index.posts.length, latest),
    ...categories
      .filter((category) => category.postCount > 0)
      .flatMap((category) => listPages(`/blog/category/${category.slug}`, category.postCount, lastPostByCategory.get(category.slug))),
    { url: at('/authors'), ...(latest ? { lastModified: latest } : {}) },
    ...index.authors.map((author) => ({
      url: at(`/authors/${author.slug}`),
      lastModified: isoDateTime(author.lastPostAt) ?? undefined,
    })),
    ...index.posts.map((post) => ({
      url: at(`/blog/${post.slug}`),
      lastModified: isoDateTime(post.modifiedAt) ?? undefined,
    })),
  ]
}
