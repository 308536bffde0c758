import { evaluate, parse } from 'groq-js'
import { isPublishedId } from '@sanity/client/csm'
import { DEFAULT_API_VERSION } from '../sanity-api-defaults'

/**
 * A tiny stand-in for `@sanity/client` that answers GROQ from documents held in memory, using
 * groq-js (the reference GROQ implementation). It covers what Sanity's validators call —
 * `withConfig`, `fetch`, `config` — so `validateDocument` can run its slug-uniqueness and custom
 * GROQ checks against a local dataset with no project and no network.
 */

type Document = { _id: string; _type: string; [key: string]: unknown }

/** `raw` sees every document (drafts included), as Studio validation does; `published` hides drafts and versions. */
export type GroqClientPerspective = 'raw' | 'published'

export type GroqClientConfig = { apiVersion?: string; perspective?: GroqClientPerspective }

export interface GroqClient {
  fetch<Result = unknown>(query: string, params?: Record<string, unknown>, options?: unknown): Promise<Result>
  withConfig(config: Partial<GroqClientConfig>): GroqClient
  config(): GroqClientConfig
}

export function createGroqClient(documents: readonly Document[], config: GroqClientConfig = {}): GroqClient {
  const resolved: GroqClientConfig = { apiVersion: DEFAULT_API_VERSION, perspective: 'raw', ...config }
  if (resolved.perspective !== 'raw' && resolved.perspective !== 'published') {
    throw new Error(`createGroqClient: perspective "${String(resolved.perspective)}" is not supported (use "raw" or "published")`)
  }
  const dataset = resolved.perspective === 'published' ? documents.filter((doc) => isPublishedId(doc._id)) : documents
  return {
    async fetch<Result>(query: string, params: Record<string, unknown> = {}) {
      const tree = parse(query, { params })
      const value = await evaluate(tree, { dataset, params })
      return (await value.get()) as Result
    },
    withConfig: (next) => createGroqClient(documents, { ...resolved, ...next }),
    config: () => ({ ...resolved }),
  }
}

/** A `getDocumentExists` for Sanity's reference validation: true when a document with the id is present. */
export function documentExistsIn(documents: readonly Document[]) {
  const ids = new Set(documents.map((doc) => doc._id))
  return async ({ id }: { id: string }) => ids.has(id)
}
