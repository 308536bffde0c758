import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import type { z } from 'zod'
import { env } from '../env'
import { createLakeSource } from './lake'
import { createLocalSource, DEMO_DATASET_PATH } from './local'
import type { ContentSource, Perspective } from './types'

export type { Perspective } from './types'

/**
 * The one place that picks where content comes from: the Content Lake when a project is
 * configured, otherwise the local dataset (SANITY_LOCAL_DATASET or the bundled demo).
 */
type LocalSource = ReturnType<typeof createLocalSource>

export const localSource: LocalSource | undefined = env.NEXT_PUBLIC_SANITY_PROJECT_ID
  ? undefined
  : createLocalSource(env.SANITY_LOCAL_DATASET ?? DEMO_DATASET_PATH)

export const contentSource: ContentSource = env.NEXT_PUBLIC_SANITY_PROJECT_ID
  ? createLakeSource({
      projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
      dataset: env.NEXT_PUBLIC_SANITY_DATASET,
      apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
      readToken: env.SANITY_API_READ_TOKEN,
    })
  : localSource!

/** Draft mode is on for this request. False outside a request (build workers, scripts, tests). */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    return false
  }
}

let insideNext = true

/**
 * Local reads go through Next's data cache under the same tags the Content Lake's fetches carry,
 * so `revalidateTag` refreshes pages on either source. Outside a Next.js server (scripts,
 * benchmarks, unit tests) there is no cache to use and the source is called directly.
 */
async function cachedLocalFetch(source: LocalSource, query: string, params: Record<string, unknown>, tags: string[]) {
  const run = () => source.fetch({ query, params, perspective: 'published' })
  if (!insideNext) return run()
  try {
    // Next's data cache outlives builds: keying by the dataset's identity keeps a rebuild on an
    // edited or different dataset from serving the old file's results.
    const key = ['groq', await source.identity(), query, JSON.stringify(params)]
    return await unstable_cache(run, key, { tags })()
  } catch (error) {
    if (error instanceof Error && error.message.includes('incrementalCache missing')) {
      insideNext = false
      return run()
    }
    throw error
  }
}

export class ContentParseError extends Error {
  override name = 'ContentParseError'
}

/**
 * Runs a GROQ query on the configured source and parses the result with its zod schema.
 * `tags` name what the result depends on, for webhook revalidation.
 */
export async function fetchContent<Schema extends z.ZodType>({
  query,
  params = {},
  tags,
  schema,
  perspective,
}: {
  query: string
  params?: Record<string, unknown>
  tags: string[]
  schema: Schema
  perspective?: Perspective
}): Promise<z.output<Schema>> {
  const view = perspective ?? ((await isDraftMode()) ? 'drafts' : 'published')
  const raw =
    localSource && view === 'published'
      ? await cachedLocalFetch(localSource, query, params, tags)
      : await contentSource.fetch({ query, params, tags, perspective: view })
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    throw new ContentParseError(`Query result does not match its schema (${tags.join(', ')}): ${parsed.error.message}`)
  }
  return parsed.data
}
