'use client'

import { lazy } from 'react'

/**
 * Server-rendered HTML that the browser keeps as it is: its markup is in the page, but nothing of
 * it is in the RSC payload and no client code renders it. A long article sent its text twice, once
 * as HTML and once as payload for React to hydrate, though that text never changes in the browser.
 *
 * On the server this renders the island's content (./IslandHtml.tsx, looked up by `id`). In the
 * browser it renders an element whose inner HTML React does not manage: hydration adopts the
 * server's markup and, with the same empty value on every render, never touches it again. The
 * server half is imported only where `typeof window` is "undefined", which Next.js settles at
 * build time, so it is left out of the browser's bundle altogether.
 *
 * The browser cannot render an island itself: a page with islands must be loaded as a document,
 * never rendered from a client-side navigation (links to it are plain links, see PageLink).
 */
const IslandHtml = typeof window === 'undefined' ? lazy(() => import('./IslandHtml')) : null

const KEEP_SERVER_HTML = { __html: '' }

export function StaticIsland({ id, className }: { id: string; className?: string }) {
  if (IslandHtml) {
    return (
      <div className={className}>
        <IslandHtml id={id} />
      </div>
    )
  }
  return <div className={className} dangerouslySetInnerHTML={KEEP_SERVER_HTML} suppressHydrationWarning />
}
