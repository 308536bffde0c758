import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import SiteLayout from './(site)/layout'
import { getSiteSettings } from '@/lib/data'

export async function generateMetadata(): Promise<Metadata> {
  return { title: `Page not found · ${(await getSiteSettings()).title}`, robots: { index: false } }
}

/**
 * URLs no route matches. With two root layouts (site and Studio) Next has no app-wide
 * not-found, so this one renders the site's layout itself — prerendered, so the designed page
 * is in the HTML, not only in the client payload.
 */
export default function GlobalNotFound() {
  return (
    <SiteLayout>
      <NotFoundMessage />
    </SiteLayout>
  )
}
