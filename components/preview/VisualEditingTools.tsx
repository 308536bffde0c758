'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useRef, useTransition } from 'react'
import { useVisualEditingEnvironment } from 'next-sanity/hooks'
import { VisualEditing } from 'next-sanity/visual-editing'

/** A refresh that never reports done (it can happen, see below) still lets the next one start after this. */
const REFRESH_GIVE_UP_MS = 3_000

/**
 * next-sanity's Visual Editing: click-to-edit overlays from stega, and a refresh of the page
 * (`router.refresh()`, which re-reads drafts uncached) on the Studio's reload button and, unless
 * live drafts refresh it already (`refreshOnEdits` false, lib/preview/live-drafts.ts), whenever
 * the editor changes a document in Presentation. Inside the Studio's Presentation iframe the
 * Studio draws its own preview controls, so the site's preview bar (server-rendered, so it shows
 * before any script) steps aside; in a normal tab, or a window Presentation opened, it stays.
 */
export default function VisualEditingTools({ refreshOnEdits }: { refreshOnEdits: boolean }) {
  const router = useRouter()
  const insidePresentation = useVisualEditingEnvironment() === 'presentation-iframe'
  // The refresh runs in a transition, and Visual Editing is told it is done when the transition
  // ends: the next edit's refresh then starts at once, instead of after a fixed second.
  const [refreshing, startRefresh] = useTransition()
  const waiting = useRef<Array<() => void>>([])
  useEffect(() => {
    if (refreshing) return
    for (const done of waiting.current.splice(0)) done()
  }, [refreshing])
  return (
    <>
      {/* !important: the bar's own inline `display: flex` beats any selector without it. */}
      {insidePresentation ? <style>{'[data-preview-bar]{display:none !important}'}</style> : null}
      <VisualEditing
        // next-sanity refreshes only on the Studio's reload button and leaves edits ("mutation")
        // to its live mode (SanityLive): without live drafts, refresh on both. Visual Editing
        // waits for the promise before it refreshes again, so a burst of keystrokes makes one
        // refresh at a time.
        refresh={(payload) => {
          if (payload.source !== 'manual' && !(payload.source === 'mutation' && refreshOnEdits)) return false
          startRefresh(() => router.refresh())
          // A transition that ends before this effect's next run leaves `refreshing` false throughout: the timeout covers it.
          return new Promise<void>((resolve) => {
            waiting.current.push(resolve)
            setTimeout(resolve, REFRESH_GIVE_UP_MS)
          })
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
