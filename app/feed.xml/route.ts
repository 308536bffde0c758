import { getPublicIndex, getSiteSettings } from '@/lib/data'
import { buildRss } from '@/lib/content/rss'
import { env } from '@/lib/env'

export const dynamic = 'force-static'

/** RSS 2.0 of every public post, newest first. */
export async function GET() {
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const [site, index] = await Promise.all([getSiteSettings(), getPublicIndex()])
  const xml = buildRss({
    title: site.title,
    description: site.description,
    siteUrl: `${siteUrl}/`,
    feedUrl: `${siteUrl}/feed.xml`,
    items: index.posts.map((post) => ({
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
