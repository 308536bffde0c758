import { notFoundCard, renderShareCard } from '@/components/ShareCard'
import { getShareCard, getSiteSettings } from '@/lib/data'

// Drawn on first request and then cached, not at build: a share image costs far more than a
// page, and most are never fetched. The post's tag refreshes it.
export const dynamic = 'force-static'
export function generateStaticParams() {
  return []
}

/** A post's share image when the editor set no sharing image: its title and categories. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  const [site, card] = await Promise.all([getSiteSettings(), getShareCard(slug)])
  if (!card) return notFoundCard()
  return renderShareCard({ label: card.categories.join(' · '), title: card.title, siteTitle: site.title })
}
