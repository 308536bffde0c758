import { revalidateTag } from 'next/cache'
import { env } from '@/lib/env'
import { createRevalidateHandler } from '@/lib/revalidate/handler'
import { REFERRERS_QUERY, referrersSchema } from '@/lib/revalidate/webhook'
import { siteData } from '@/lib/data'
import { memorySeenSignatures, redisSeenSignatures } from '@/lib/revalidate/seen-signatures'

export const POST = createRevalidateHandler({
  secret: env.SANITY_REVALIDATE_SECRET,
  // `{ expire: 0 }`: the next request for a tagged page blocks on fresh data instead of being
  // served the stale page while it refreshes in the background (what the `max` profile does).
  revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
  // Straight to the source, not through the data cache: the referrers must be current.
  findReferrers: async (id) =>
    referrersSchema.parse(await siteData.reader.source.fetch({ query: REFERRERS_QUERY, params: { id }, perspective: 'published' })),
  // The local dataset is read from disk, so there is no replication lag to wait out.
  waitForConsistency: siteData.reader.source.kind === 'lake',
  // With REDIS_URL every instance refuses a signature any of them accepted.
  seen: env.REDIS_URL ? redisSeenSignatures(env.REDIS_URL) : memorySeenSignatures(),
})
