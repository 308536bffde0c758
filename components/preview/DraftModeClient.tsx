'use client'

import dynamic from 'next/dynamic'

/**
 * The loader for Visual Editing, rendered only in draft mode. Turbopack puts every client
 * component a layout imports into the scripts of every page under it, rendered or not
 * (vercel/next.js#96039), so the layout may only import this few-line loader: the tools
 * themselves are a separate chunk the browser fetches when an editor's page renders it.
 */
export const DraftModeClient = dynamic(() => import('./VisualEditingTools'), { ssr: false })
