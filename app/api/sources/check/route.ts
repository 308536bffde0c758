import { env } from '@/lib/env'
import { createLakeClient } from '@/lib/source/client'
import { checkSources, userAgentFor } from '@/lib/sources-health/check'
import { NETWORK_UNAVAILABLE, createCheckNowHandler } from '@/lib/sources-health/check-now'
import { healthDocument } from '@/lib/sources-health/health'
import { readLakeSources, writeLakeHealth } from '@/lib/sources-health/store'
import { checkRetractions, storedRetraction } from '@/lib/references/retractions'
import { serviceOptionsFromEnv } from '@/lib/references/lookup/services'

/** The Studio's "Check now" (a signed webhook); see lib/sources-health/check-now.ts. Lake mode only: without a project there is no Studio. */
export const POST = createCheckNowHandler({
  secret: env.NEXT_PUBLIC_SANITY_PROJECT_ID && env.SANITY_API_WRITE_TOKEN ? env.SANITY_REVALIDATE_SECRET : undefined,
  checkCitation: async (citationId) => {
    const client = createLakeClient({
      projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID!,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
      apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
      token: env.SANITY_API_WRITE_TOKEN,
    })
    const citations = await readLakeSources(client, citationId)
    if (citations.length === 0) return null
    const { results, networkUnavailable } = await checkSources(citations, {
      userAgent: userAgentFor(env.NEXT_PUBLIC_SITE_URL),
      allowPrivateHosts: false,
      waybackApiUrl: env.WAYBACK_API_URL,
    })
    if (networkUnavailable) return NETWORK_UNAVAILABLE
    // The record is replaced whole, so the retraction is checked again too, never dropped.
    const retractions = await checkRetractions(
      citations.map((citation) => ({
        _id: citation._id,
        doi: citation.doi,
        pmid: citation.pmid,
        previous: storedRetraction(citation.health),
      })),
      serviceOptionsFromEnv(env),
    )
    await writeLakeHealth(
      client,
      results.map((result) => healthDocument(result.citationId, result.health, retractions.get(result.citationId)?.retraction)),
    )
    return results[0]?.health.status ?? null
  },
})
