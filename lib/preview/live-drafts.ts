import { defineLive } from 'next-sanity/live'
import { env } from '../env'
import { createLakeClient } from '../source/client'

/**
 * Live drafts: in draft mode the page listens to the Content Lake's live events for drafts
 * (next-sanity's SanityLive) and refreshes on each one, so an edit in the Studio shows in the
 * preview as soon as the lake has it. Without this, Presentation asks for a refresh only after a
 * second of quiet (its low-priority edit state is debounced), which is the fallback
 * (components/preview/VisualEditingTools.tsx).
 *
 * Listening for drafts from the browser needs a token there: SANITY_API_BROWSER_TOKEN, a Viewer
 * token of its own, sent only to pages in draft mode (which already show drafts to whoever holds
 * the cookie). Null on the local dataset, or when no such token is configured.
 */
export const LiveDrafts =
  env.NEXT_PUBLIC_SANITY_PROJECT_ID && env.SANITY_API_BROWSER_TOKEN
    ? defineLive({
        // Addressed as the Studio addresses it, by project subdomain on any host: the browser's
        // live connection cannot carry the project header the server's reads use on other hosts.
        client: createLakeClient({
          projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
          dataset: env.NEXT_PUBLIC_SANITY_DATASET,
          apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
          apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
        }).withConfig({ useProjectHostname: true }),
        // Only SanityLive is used: pages read through lib/source, never through defineLive's fetch.
        serverToken: false,
        browserToken: env.SANITY_API_BROWSER_TOKEN,
      }).SanityLive
    : null
