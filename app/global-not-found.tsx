import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { SiteDocument } from '@/components/SiteDocument'
import { getSiteSettings } from '@/lib/data'
import './(site)/globals.css'

export async function generateMetadata(): Promise<Metadata> {
  return { title: `Page not found · ${(await getSiteSettings()).title}`, robots: { index: false } }
}

/**
 * URLs no route matches. With two root layouts (site and Studio) Next has no app-wide
 * not-found, so this one draws the site's document itself — prerendered, so the designed page
 * is in the HTML, not only in the client payload. Without the editor's tools: the site layout's
 * module would bring their scripts into this page's.
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument>
      <NotFoundMessage />
    </SiteDocument>
  )
}
