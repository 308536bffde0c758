import { notFoundCard, renderShareCard } from '@/components/ShareCard'
import { getCategoryPage, getSiteSettings } from '@/lib/data'

// As the post cards: drawn on first request, cached under the category's tags.
export const dynamic = 'force-static'
export function generateStaticParams() {
  return []
}

/** A category page's share image: the category's name and what it covers. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [site, data] = await Promise.all([getSiteSettings(), getCategoryPage(slug, 1)])
  if (!data) return notFoundCard()
  return renderShareCard({ label: 'Category', title: data.category.title, siteTitle: site.title })
}
