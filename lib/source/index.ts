import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { z } from 'zod'
import type { DataLayerConfig } from './config'
import { createLakeSource } from './lake'
import { createLocalSource, type LocalSource } from './local'
import type { ContentSource, Perspective } from './types'

export type { Perspective } from './types'
export type { DataLayerConfig, SourceConfig } from './config'

export class ContentParseError extends Error {
  override name = 'ContentParseError'
}

export interface ContentRequest<Schema extends z.ZodType> {
  query: string
  params?: Record<string, unknown>
  /** What the result depends on, for webhook revalidation. */
  tags: string[]
  schema: Schema
  perspective?: Perspective
}

/** One configured source, and the one way page-level functions read it. */
export interface ContentReader {
  source: ContentSource
  /** The local dataset, when that is the source (the `/media` route serves its images). */
  local?: LocalSource
  /** Draft mode is on for this request; always false outside a Next.js server. */
  isDraftMode(): Promise<boolean>
  /** Runs a GROQ query on the source and parses the result with its zod schema. */
  fetchContent<Schema extends z.ZodType>(request: ContentRequest<Schema>): Promise<z.output<Schema>>
  /**
   * The same reader fixed to one perspective, for reads outside any request (static params
   * run at build time, where asking for draft mode is an error).
   */
  withPerspective(perspective: Perspective): ContentReader
}

/**
 * The one place that picks where content comes from: the Content Lake (next-sanity) or a local
 * dataset (groq-js). The app builds its reader from `env` (lib/data.ts); the content check,
 * the benchmark and tests build their own from plain configuration.
 */
export function createContentReader({ source: config, insideNext }: DataLayerConfig): ContentReader {
  const local = config.kind === 'local' ? createLocalSource(config.dataset) : undefined
  const source: ContentSource = local ?? createLakeSource(config as Extract<typeof config, { kind: 'lake' }>)

  async function isDraftMode() {
    return insideNext && (await draftMode()).isEnabled
  }

  /**
   * Local reads go through Next's data cache under the same tags the Content Lake's fetches
   * carry, so `revalidateTag` refreshes pages on either source.
   */
  async function readPublishedLocal(localSource: LocalSource, query: string, params: Record<string, unknown>, tags: string[]) {
    const run = () => localSource.fetch({ query, params, perspective: 'published' })
    if (!insideNext) return run()
    // Next's data cache outlives builds: keying by the dataset's identity keeps a rebuild on an
    // edited or different dataset from serving the old file's results.
    const key = ['groq', await localSource.identity(), query, JSON.stringify(params)]
    return unstable_cache(run, key, { tags })()
  }

  async function fetchContent<Schema extends z.ZodType>(
    { query, params = {}, tags, schema, perspective }: ContentRequest<Schema>,
    fixedPerspective?: Perspective,
  ): Promise<z.output<Schema>> {
    const view = perspective ?? fixedPerspective ?? ((await isDraftMode()) ? 'drafts' : 'published')
    const raw =
      local && view === 'published'
        ? await readPublishedLocal(local, query, params, tags)
        : await source.fetch({ query, params, tags, perspective: view })
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      throw new ContentParseError(`Query result does not match its schema (${tags.join(', ')}): ${parsed.error.message}`)
    }
    return parsed.data
  }

  const reader = (fixedPerspective?: Perspective): ContentReader => ({
    source,
    local,
    isDraftMode: fixedPerspective ? async () => fixedPerspective === 'drafts' : isDraftMode,
    fetchContent: (request) => fetchContent(request, fixedPerspective),
    withPerspective: reader,
  })
  return reader()
}
