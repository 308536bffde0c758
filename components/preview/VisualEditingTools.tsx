'use client'

import { useRouter } from 'next/navigation'
import { useVisualEditingEnvironment } from 'next-sanity/hooks'
import { VisualEditing } from 'next-sanity/visual-editing'

/**
 * next-sanity's Visual Editing: click-to-edit overlays from stega, and a refresh of the page
 * (`router.refresh()`, which re-reads drafts uncached) whenever the editor changes a document in
 * Presentation. Inside the Studio's Presentation iframe the Studio draws its own preview
 * controls, so the site's preview bar (server-rendered, so it shows before any script) steps
 * aside; in a normal tab, or a window Presentation opened, it stays.
 */
export default function VisualEditingTools() {
  const router = useRouter()
  const insidePresentation = useVisualEditingEnvironment() === 'presentation-iframe'
  return (
    <>
      {/* !important: the bar's own inline `display: flex` beats any selector without it. */}
      {insidePresentation ? <style>{'[data-preview-bar]{display:none !important}'}</style> : null}
      <VisualEditing
        // next-sanity refreshes only on the Studio's reload button and leaves edits ("mutation")
        // to its live mode (SanityLive), which this site does not use: refresh on both. The
        // promise tells Visual Editing when the refresh may be done, so a burst of keystrokes
        // makes one refresh a second, not one each.
        refresh={(payload) => {
          if (payload.source !== 'manual' && payload.source !== 'mutation') return false
          router.refresh()
          return new Promise((resolve) => setTimeout(resolve, 1_000))
        }}
        // next-sanity's defaults are server actions that store the Studio's perspective in a cookie,
        // a POST to the page, which the site refuses on pages (lib/requests/guard.ts: 405, and a
        // page error in the preview on every switch). The preview always shows drafts and reads no
        // such cookie, so there is nothing to store.
        onPerspectiveChange={() => {}}
        onVariantChange={() => {}}
      />
    </>
  )
}
