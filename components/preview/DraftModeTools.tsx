import { VisualEditing } from 'next-sanity/visual-editing'
import { HiddenInPresentation } from './HiddenInPresentation'
import { PreviewBar } from './PreviewBar'

/**
 * Everything an editor gets in draft mode, and only then (the layout renders this when draft
 * mode is on, so readers' pages never reference its scripts): the preview bar, and next-sanity's
 * Visual Editing: click-to-edit overlays from stega, and a refresh of the page
 * (`router.refresh()`, which re-reads drafts uncached) whenever the editor changes a document
 * in Presentation. Published pages stay static and are refreshed by the webhook.
 */
export function DraftModeTools() {
  return (
    <>
      <HiddenInPresentation>
        <PreviewBar />
      </HiddenInPresentation>
      <VisualEditing />
    </>
  )
}
