import { env } from '@/lib/env'
import { createEnableDraftModeHandler } from '@/lib/preview/enable'
import { createLakeClient } from '@/lib/source/client'

export const GET = createEnableDraftModeHandler(
  env.NEXT_PUBLIC_SANITY_PROJECT_ID
    ? {
        source: 'lake',
        client: env.SANITY_API_READ_TOKEN
          ? createLakeClient({
              projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
              dataset: env.NEXT_PUBLIC_SANITY_DATASET,
              apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
              apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
              token: env.SANITY_API_READ_TOKEN,
            })
          : undefined,
      }
    : { source: 'local', previewSecret: env.SANITY_PREVIEW_SECRET },
)
