import type { Metadata, Viewport } from 'next'
import { isProjectConfigured } from '@/sanity/env'
import { ConnectProjectGuide } from './ConnectProjectGuide'

// The Studio is a client-side app: one static HTML shell serves every /studio/* path.
export const dynamic = 'force-static'

/*
 * `next-sanity/studio` (even for its metadata) pulls in the whole Studio: several MB that took
 * `next dev` over a minute to compile just to show the "not connected" guide. It is imported
 * only when a project is configured.
 */

/** What next-sanity/studio's `metadata` and `viewport` say, for the guide: not indexed, no referrer elsewhere. */
const GUIDE_METADATA: Metadata = { title: 'Studio', referrer: 'same-origin', robots: 'noindex' }
const GUIDE_VIEWPORT: Viewport = { width: 'device-width', initialScale: 1, viewportFit: 'cover' }

export async function generateMetadata(): Promise<Metadata> {
  if (!isProjectConfigured) return GUIDE_METADATA
  const { metadata } = await import('next-sanity/studio')
  return { ...metadata, title: 'Studio' }
}

export async function generateViewport(): Promise<Viewport> {
  if (!isProjectConfigured) return GUIDE_VIEWPORT
  return (await import('next-sanity/studio')).viewport as Viewport
}

export default async function StudioPage() {
  // Decided at build time: NEXT_PUBLIC_* values are inlined, so an unconfigured build serves the guide.
  if (!isProjectConfigured) return <ConnectProjectGuide />
  const { Studio } = await import('./Studio')
  return <Studio />
}
