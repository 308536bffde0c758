import { PreviewBar } from './PreviewBar'
import VisualEditingTools from './VisualEditingTools'

/**
 * Everything an editor gets in draft mode, and only then: the preview bar, and Visual Editing
 * (components/preview/VisualEditingTools.tsx). Readers' pages never render it, so the build
 * (webpack, scripts/next-build.ts) never sends them its scripts. Published pages stay static and
 * are refreshed by the webhook.
 */
export function DraftModeTools() {
  return (
    <>
      <PreviewBar />
      <VisualEditingTools />
    </>
  )
}
