import { env } from '@/lib/env'
import { createLookup } from '@/lib/references/lookup'
import { createLookupHandler } from '@/lib/references/lookup/handler'

/** The Studio's paste-to-fill for citations; only signed-in editors of this project (lib/references/lookup/handler.ts). */
const { lookup } = createLookup(env, { allowPrivateHosts: false })

export const POST = createLookupHandler({
  project: env.NEXT_PUBLIC_SANITY_PROJECT_ID
    ? {
        projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
        dataset: env.NEXT_PUBLIC_SANITY_DATASET,
        apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
        apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
      }
    : null,
  lookup,
})
