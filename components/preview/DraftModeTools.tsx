import { DraftModeClient } from './DraftModeClient'
import { PreviewBar } from './PreviewBar'

/**
 * Everything an editor gets in draft mode, and only then: the preview bar, and Visual Editing
 * (components/preview/VisualEditingTools.tsx), loaded on demand. Published pages stay static
 * and are refreshed by the webhook.
 */
export function DraftModeTools() {
  return (
    <>
      <PreviewBar />
      <DraftModeClient />
    </>
  )
}
