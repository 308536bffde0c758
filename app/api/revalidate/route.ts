import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { cdnConfig, env } from '@/lib/env'
import { purgeCdn } from '@/lib/cdn/purge'
import { createRevalidateHandler } from '@/lib/revalidate/handler'
import { REFERRERS_QUERY, REVISION_QUERY, referrersSchema, revisionSchema } from '@/lib/revalidate/webhook'
import { siteData } from '@/lib/data'
import { memorySeenSignatures, redisSeenSignatures } from '@/lib/revalidate/seen-signatures'

const cdn = cdnConfig(env)

export const POST = createRevalidateHandler({
  secret: env.SANITY_REVALIDATE_SECRET,
  // `{ expire: 0 }`: the next request for a tagged page blocks on fresh data instead of being
  // served the stale page while it refreshes in the background (what the `max` profile does).
  revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
  // After the response: Next applies the expiries above as the handler returns, and a CDN purged
  // before that would fetch the old page again. A failed purge is logged (lib/cdn/purge.ts).
  purgeCdn: cdn ? (tags) => after(() => purgeCdn(cdn, tags)) : undefined,
  // Straight to the source, not through the data cache: the referrers must be current.
  findReferrers: async (id) =>
    referrersSchema.parse(await siteData.reader.source.fetch({ query: REFERRERS_QUERY, params: { id }, perspective: 'published' })),
  // The local dataset is read from disk, so there is no replication lag to wait out.
  readRevision:
    siteData.reader.source.kind === 'lake'
      ? async (id) =>
          revisionSchema.parse(await siteData.reader.source.fetch({ query: REVISION_QUERY, params: { id }, perspective: 'published' }))
      : undefined,
  // With REDIS_URL every instance refuses a signature any of them accepted.
  seen: env.REDIS_URL ? redisSeenSignatures(env.REDIS_URL) : memorySeenSignatures(),
})
