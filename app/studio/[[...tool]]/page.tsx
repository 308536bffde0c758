import type { Metadata } from 'next'
import { NextStudio, metadata as studioMetadata } from 'next-sanity/studio'
import config from '@/sanity.config'
import { isProjectConfigured } from '@/sanity/env'
import { ConnectProjectGuide } from './ConnectProjectGuide'

// The Studio is a client-side app: one static HTML shell serves every /studio/* path.
export const dynamic = 'force-static'

export const metadata: Metadata = { ...studioMetadata, title: 'Studio' }
export { viewport } from 'next-sanity/studio'

export default function StudioPage() {
  // Decided at build time: NEXT_PUBLIC_* values are inlined, so an unconfigured build ships no Studio.
  return isProjectConfigured ? <NextStudio config={config} /> : <ConnectProjectGuide />
}
