import { renderShareCard } from '@/components/ShareCard'
import { getSiteSettings } from '@/lib/data'

// Drawn once at build and refreshed with the site settings (the `site` tag).
export const dynamic = 'force-static'

/** The share image of the home page, the blog index and every page without one of its own. */
export async function GET() {
  const site = await getSiteSettings()
  return renderShareCard({ label: 'Evidence-based health writing', title: site.description, siteTitle: site.title })
}
