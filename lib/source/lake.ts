import { createClient, type QueryParams } from 'next-sanity'
import { draftStega } from '../preview/stega'
import type { ContentSource } from './types'

export interface LakeConfig {
  projectId: string
  dataset: string
  apiVersion: string
  readToken?: string
}

/**
 * The Content Lake through next-sanity's client. Published reads go through the CDN and are
 * cached by Next.js under the query's tags, with no stega; draft reads need the viewer token,
 * skip caches and carry stega on reader-visible text, for Visual Editing (lib/preview/stega.ts).
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
          stega: draftStega,
        })
      }
      return client.fetch(query, params, { next: { tags } })
    },
  }
}
