import path from 'node:path'
import { evaluateSync, parse } from 'groq-js'
import { CONTENT_CHECK_HINT } from '../content/content-check-hint'
import { isReadableDate } from '../content/dates'
import { isValidSlug } from '../slugs'
import { datasetVersion, loadDatasetFile, type LoadedDataset, type SanityDocument } from './dataset-file'
import { buildIndexes, planQuery, type DatasetIndexes } from './query-plan'
import type { ContentSource, Perspective } from './types'

/** The bundled demo dataset, used when neither a project nor SANITY_LOCAL_DATASET is set. */
export const DEMO_DATASET_PATH = path.join(process.cwd(), 'content', 'demo', 'data.ndjson')

const DRAFT_PREFIX = 'drafts.'
let inMemoryDatasets = 0

/** A dataset as one perspective sees it, with the indexes the query planner narrows scans with. */
interface PerspectiveView {
  documents: SanityDocument[]
  indexes: DatasetIndexes
}

interface LoadedLocalDataset {
  version: number
  views: Record<Perspective, PerspectiveView>
  assetFiles: Map<string, Buffer>
}

/**
 * The published perspective drops drafts; the drafts perspective shows each draft in place of
 * its published document (under the published id, like the Content Lake's `drafts` view).
 */
export function applyPerspective(documents: SanityDocument[], perspective: Perspective): SanityDocument[] {
  const published = documents.filter((doc) => !doc._id.startsWith(DRAFT_PREFIX) && !doc._id.startsWith('versions.'))
  if (perspective === 'published') return published
  const drafts = new Map<string, SanityDocument>()
  for (const doc of documents) {
    if (doc._id.startsWith(DRAFT_PREFIX)) {
      const id = doc._id.slice(DRAFT_PREFIX.length)
      drafts.set(id, { ...doc, _id: id, _originalId: doc._id })
    }
  }
  const merged = published.map((doc) => drafts.get(doc._id) ?? doc)
  const publishedIds = new Set(published.map((doc) => doc._id))
  for (const [id, draft] of drafts) if (!publishedIds.has(id)) merged.push(draft)
  return merged
}

/**
 * Published posts the site cannot show at all, so that none vanishes without a word: GROQ's
 * public-post filter skips a post without a slug or date, and the query layer one whose slug
 * breaks the slug rule or whose date cannot be read. Said once per load of the file.
 */
export function unlistedPosts(published: SanityDocument[]): string[] {
  const problems: string[] = []
  for (const doc of published) {
    if (doc._type !== 'post') continue
    const slug = (doc.slug as { current?: unknown } | undefined)?.current
    const why =
      slug === undefined || slug === null || slug === ''
        ? 'it has no slug'
        : !isValidSlug(slug)
          ? `its slug ${JSON.stringify(String(slug).slice(0, 120))} breaks the slug rule`
          : doc.publishedAt === undefined || doc.publishedAt === null
            ? 'it has no publish date'
            : !isReadableDate(doc.publishedAt)
              ? `its publish date ${JSON.stringify(String(doc.publishedAt).slice(0, 40))} is not a date`
              : null
    if (why) problems.push(`post ${doc._id} is not on the site: ${why}`)
  }
  return problems
}

function indexView(documents: SanityDocument[]): PerspectiveView {
  return { documents, indexes: buildIndexes(documents) }
}

export interface LocalSource extends ContentSource {
  /** Which file, as of which change: part of every cache key, so a new or edited file never hits old entries. */
  identity(): Promise<string>
  readAssetFile(fileName: string): Promise<Buffer | undefined>
  listAssetFiles(): Promise<string[]>
}

/**
 * Runs GROQ with groq-js over a dataset file, or over documents already in memory (the content
 * check). A file is read once per process and read again only when it changes on disk, so a
 * local edit plus a webhook reaches readers without a restart.
 */
export function createLocalSource(dataset: string | LoadedDataset = DEMO_DATASET_PATH): LocalSource {
  let loading: Promise<LoadedLocalDataset> | undefined
  // Documents in memory never change under us: one version, forever.
  const versionOf = typeof dataset === 'string' ? () => datasetVersion(dataset) : async () => 0
  const read = typeof dataset === 'string' ? () => loadDatasetFile(dataset) : async () => dataset
  const name = typeof dataset === 'string' ? path.resolve(dataset) : `memory:${++inMemoryDatasets}`

  async function load(): Promise<LoadedLocalDataset> {
    const current = loading ? await loading.catch(() => undefined) : undefined
    if (current && current.version === (await versionOf().catch(() => current.version))) return current
    loading = (async () => {
      const version = await versionOf().catch(() => 0)
      const { documents, assetFiles, skipped = [] } = await read()
      for (const line of skipped) {
        console.warn(`[content] skipped ${line.location}: ${line.reason}; every other document is served ${CONTENT_CHECK_HINT}`)
      }
      const published = applyPerspective(documents, 'published')
      if (typeof dataset === 'string')
        for (const problem of unlistedPosts(published)) console.warn(`[content] ${problem} ${CONTENT_CHECK_HINT}`)
      let drafts: PerspectiveView | undefined
      const views = {
        published: indexView(published),
        // Built on first preview only: readers never pay for it.
        get drafts() {
          return (drafts ??= indexView(applyPerspective(documents, 'drafts')))
        },
      }
      return { version, views, assetFiles }
    })()
    return loading
  }

  return {
    kind: 'local',
    async identity() {
      return `${name}@${await versionOf().catch(() => 0)}`
    },
    async fetch({ query, params = {}, perspective = 'published' }) {
      const view = (await load()).views[perspective]
      // Parsed with its params: groq-js resolves `[$start...$end]` slices at parse time.
      // Evaluated synchronously: the data is in memory, and it is several times faster.
      const { tree, dereference } = planQuery(parse(query, { params }), view.indexes, params)
      return evaluateSync(tree, { dataset: view.documents, params, dereference }).get()
    },
    async readAssetFile(fileName) {
      return (await load()).assetFiles.get(fileName)
    },
    async listAssetFiles() {
      return [...(await load()).assetFiles.keys()]
    },
  }
}
