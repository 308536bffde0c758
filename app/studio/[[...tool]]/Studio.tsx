'use client'

import dynamic from 'next/dynamic'

/**
 * The embedded Studio, loaded as its own chunk. Only rendering this component pulls in the
 * Studio's code (several MB), so the plain "connect a project" page at /studio ships none of it.
 */
export const Studio = dynamic(() =>
  Promise.all([import('next-sanity/studio'), import('@/sanity.config')]).then(
    ([{ NextStudio }, { default: config }]) =>
      function EmbeddedStudio() {
        return <NextStudio config={config} />
      },
  ),
)
