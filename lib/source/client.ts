import { createClient, type SanityClient } from '@sanity/client'
import { LAKE_REQUEST_TIMEOUT_MS } from '../lake-availability'

/** A Sanity project's API, as the site, draft mode and the seed all reach it. */
export interface LakeClientConfig {
  projectId: string
  dataset: string
  apiVersion: string
  /** `https://api.sanity.io`, or a Content Lake–compatible host (NEXT_PUBLIC_SANITY_API_HOST). */
  apiHost: string
  token?: string
  /** Per request, in ms: a Content Lake that stops answering must not hold a page render open. */
  timeout?: number
}

/**
 * Sanity's own hosts address a project by subdomain (`<projectId>.api.sanity.io`). Any other API
 * host is a Content Lake–compatible endpoint that already stands for the project: requests go to
 * it as-is, naming the project in the `X-Sanity-Project-ID` header (`useProjectHostname: false`).
 */
export function addressesProjectBySubdomain(apiHost: string): boolean {
  return /^(api\.sanity\.io|api\.sanity\.work)$/.test(new URL(apiHost).hostname)
}

/**
 * The one way this codebase builds a Sanity client: the Content Lake source, draft mode's secret
 * check, the Studio's "Check now" route, `npm run sources:check` and `npm run seed` (whose
 * importer writes through it) all come through here, so host, version, timeout and CDN policy agree.
 *
 * Never the API CDN (`useCdn: false`). Published pages are cached by Next.js and refreshed by
 * the publish webhook (`revalidateTag`); the CDN is a second cache, flushed asynchronously after
 * a publish, so a page regenerated right after the webhook could store the CDN's stale copy until
 * the *next* webhook. Sanity's guidance is to query the live API for static builds, ISR and
 * tag-based revalidation, where requests are infrequent because Next's cache absorbs the traffic
 * (sanity.io/learn/course/controlling-cached-content-in-next-js). Token-bearing requests (drafts,
 * private datasets) bypass the CDN anyway.
 */
export function createLakeClient({
  projectId,
  dataset,
  apiVersion,
  apiHost,
  token,
  timeout = LAKE_REQUEST_TIMEOUT_MS,
}: LakeClientConfig): SanityClient {
  return createClient({
    projectId,
    dataset,
    apiVersion,
    apiHost,
    useProjectHostname: addressesProjectBySubdomain(apiHost),
    token,
    useCdn: false,
    perspective: 'published',
    stega: false,
    timeout,
    // One retry for a dropped connection; more would multiply the timeout a reader waits through.
    maxRetries: 1,
  })
}
