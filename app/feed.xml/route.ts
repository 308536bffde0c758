import { getFeed, getSiteSettings } from '@/lib/data'
import { buildRss } from '@/lib/content/rss'
import { env } from '@/lib/env'

export const dynamic = 'force-static'

/** RSS 2.0 of the newest public posts (FEED_ITEM_LIMIT), newest first. */
export async function GET() {
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const [site, posts] = await Promise.all([getSiteSettings(), getFeed()])
  const xml = buildRss({
    title: site.title,
    description: site.description,
    siteUrl: `${siteUrl}/`,
    feedUrl: `${siteUrl}/feed.xml`,
    items: posts.map((post) => ({
      title: post.title,
      url: `${siteUrl}/blog/${post.slug}`,
      description: post.excerpt ?? '',
      publishedAt: post.publishedAt,
      modifiedAt: post.modifiedAt,
      author: post.author ?? null,
      categories: post.categories,
    })),
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
