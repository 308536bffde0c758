import type { Metadata } from 'next'
import { metadata as studioMetadata } from 'next-sanity/studio'
import { isProjectConfigured } from '@/sanity/env'
import { ConnectProjectGuide } from './ConnectProjectGuide'
import { Studio } from './Studio'

// The Studio is a client-side app: one static HTML shell serves every /studio/* path.
export const dynamic = 'force-static'

export const metadata: Metadata = { ...studioMetadata, title: 'Studio' }
export { viewport } from 'next-sanity/studio'

export default function StudioPage() {
  // Decided at build time: NEXT_PUBLIC_* values are inlined, so an unconfigured build serves the guide.
  return isProjectConfigured ? <Studio /> : <ConnectProjectGuide />
}
