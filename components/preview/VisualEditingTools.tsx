'use client'

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
  const insidePresentation = useVisualEditingEnvironment() === 'presentation-iframe'
  return (
    <>
      {insidePresentation ? <style>{'[data-preview-bar]{display:none}'}</style> : null}
      <VisualEditing />
    </>
  )
}
