import type { MetadataRoute } from 'next'
import { getAllCategories, getPublicIndex } from '@/lib/data'
import { isoDateTime } from '@/lib/content/dates'
import { env } from '@/lib/env'
import { pageCount } from '@/lib/queries/post-lists'

/** Every public page: home, the blog index and its pages, categories and their pages, authors, posts. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env.NEXT_PUBLIC_SITE_URL
  const [index, categories] = await Promise.all([getPublicIndex(), getAllCategories()])
  const latest = index.posts
    .map((post) => isoDateTime(post.modifiedAt))
    .filter((date): date is string => !!date)
    .sort()
    .at(-1)
  const listPages = (base: string, count: number, lastModified?: string | null) =>
    Array.from({ length: pageCount(count) }, (_, index) => ({
      url: index === 0 ? `${site}${base}` : `${site}${base}/page/${index + 1}`,
      ...(lastModified ? { lastModified } : {}),
    }))
  const lastPostByCategory = new Map(index.categories.map((category) => [category.slug, isoDateTime(category.lastPostAt)]))

  return [
    { url: `${site}/`, ...(latest ? { lastModified: latest } : {}) },
    ...listPages('/blog', index.posts.length, latest),
    ...categories
      .filter((category) => category.postCount > 0)
      .flatMap((category) => listPages(`/blog/category/${category.slug}`, category.postCount, lastPostByCategory.get(category.slug))),
    { url: `${site}/authors`, ...(latest ? { lastModified: latest } : {}) },
    ...index.authors.map((author) => ({
      url: `${site}/authors/${author.slug}`,
      lastModified: isoDateTime(author.lastPostAt) ?? undefined,
    })),
    ...index.posts.map((post) => ({
      url: `${site}/blog/${post.slug}`,
      lastModified: isoDateTime(post.modifiedAt) ?? undefined,
    })),
  ]
}
