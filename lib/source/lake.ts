import { createClient, type QueryParams } from 'next-sanity'
import type { ContentSource } from './types'

export interface LakeConfig {
  projectId: string
  dataset: string
  apiVersion: string
  readToken?: string
}

/**
 * The Content Lake through next-sanity's client. Published reads go through the CDN and are
 * cached by Next.js under the query's tags; draft reads need the viewer token and skip caches.
 */
export function createLakeSource(config: LakeConfig): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: true,
    perspective: 'published',
    stega: false,
  })

  return {
    kind: 'lake',
    async fetch({ query, params: queryParams = {}, perspective = 'published', tags = [] }) {
      const params = queryParams as QueryParams
      if (perspective === 'drafts') {
        if (!config.readToken) {
          throw new Error('Draft mode needs SANITY_API_READ_TOKEN (a Viewer token from sanity.io/manage) to read drafts.')
        }
        return client.fetch(query, params, {
          perspective: 'drafts',
          token: config.readToken,
          useCdn: false,
          cache: 'no-store',
        })
      }
      return client.fetch(query, params, { next: { tags } })
    },
  }
}
