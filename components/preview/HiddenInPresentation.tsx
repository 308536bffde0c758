'use client'

import { useVisualEditingEnvironment } from 'next-sanity/hooks'
import type { ReactNode } from 'react'

/**
 * Draft mode only. Inside the Studio's Presentation iframe the Studio draws its own preview
 * controls (perspective, exit), so the site's preview bar steps aside; in a normal tab, or a
 * window Presentation opened, it stays. The environment is known only once <VisualEditing />
 * has talked to the Studio, so the bar shows until then (it is in the server HTML).
 */
export function HiddenInPresentation({ children }: { children: ReactNode }) {
  return useVisualEditingEnvironment() === 'presentation-iframe' ? null : children
}
