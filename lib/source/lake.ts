import type { QueryParams } from '@sanity/client'
import { throughBreaker } from '../lake-availability'
import { draftStega } from '../preview/stega'
import { createLakeClient } from './client'
import type { LakeSourceConfig } from './config'
import type { ContentSource } from './types'

/**
 * The Content Lake through @sanity/client (see client.ts for why never the API CDN). Published
 * reads are cached by Next.js under the query's tags and carry the read token when one is
 * configured, so a private dataset works; draft reads need the token, skip every cache
 * and carry stega on reader-visible text, for Visual Editing (lib/preview/stega.ts).
 * Every read goes through the availability breaker (lib/lake-availability), so an outage is
 * noticed once and answered fast.
 */
export function createLakeSource(config: LakeSourceConfig): ContentSource {
  const client = createLakeClient({ ...config, token: config.readToken })

  return {
    kind: 'lake',
    async fetch({ query, params: queryParams = {}, perspective = 'published', tags = [] }) {
      const params = queryParams as QueryParams
      if (perspective === 'drafts') {
        if (!config.readToken) {
          throw new Error('Draft mode needs SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage) to read drafts.')
        }
        return throughBreaker(() => client.fetch(query, params, { perspective: 'drafts', cache: 'no-store', stega: draftStega }))
      }
      return throughBreaker(() => client.fetch(query, params, { perspective: 'published', next: { tags } }))
    },
  }
}
