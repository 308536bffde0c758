import type { MetadataRoute } from 'next'
import { getAllCategories, getPageLinks, getPublicIndex } from '@/lib/data'
import { sitemapEntries } from '@/lib/content/sitemap'
import { env } from '@/lib/env'

/** Every public page (lib/content/sitemap). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [index, categories, pages] = await Promise.all([getPublicIndex(), getAllCategories(), getPageLinks()])
  return sitemapEntries(env.NEXT_PUBLIC_SITE_URL, index, categories, pages)
}
