import { stegaClean } from '@sanity/client/stega'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { DraftModeTools } from '@/components/preview/DraftModeTools'
import { SiteDocument } from '@/components/SiteDocument'
import { getSiteSettings, siteData } from '@/lib/data'
import { env } from '@/lib/env'
import './globals.css'

/** The readers' root layout (the Studio has its own under app/studio). */
export async function generateMetadata(): Promise<Metadata> {
  // Draft previews carry stega in visible text; a tab title and meta tags never should.
  const site = stegaClean(await getSiteSettings())
  return {
    metadataBase: new URL(env.NEXT_PUBLIC_SITE_URL),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    applicationName: site.title,
  }
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#121615' },
  ],
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument editorTools={(await siteData.reader.isDraftMode()) && <DraftModeTools />}>{children}</SiteDocument>
}
