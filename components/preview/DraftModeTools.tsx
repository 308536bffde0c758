import { LiveDrafts } from '@/lib/preview/live-drafts'
import { PreviewBar } from './PreviewBar'
import VisualEditingTools from './VisualEditingTools'

/**
 * Everything an editor gets in draft mode, and only then: the preview bar, Visual Editing
 * (components/preview/VisualEditingTools.tsx) and live drafts (lib/preview/live-drafts.ts).
 * Readers' pages never render it, so the build (webpack, scripts/next-build.ts) never sends them
 * its scripts. Published pages stay static and are refreshed by the webhook.
 */
export function DraftModeTools() {
  return (
    <>
      <PreviewBar />
      {/* Refreshes the page on each live event; its welcome line would only fill the console. */}
      {LiveDrafts ? <LiveDrafts includeDrafts onWelcome={false} /> : null}
      <VisualEditingTools refreshOnEdits={!LiveDrafts} />
    </>
  )
}
