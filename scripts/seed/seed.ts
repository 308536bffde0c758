import type { SanityClient } from '@sanity/client'
import { DEFAULT_API_HOST, DEFAULT_API_VERSION } from '../../lib/sanity-api-defaults'
import type { LoadedDataset, SanityDocument } from '../../lib/source/dataset-file'
import { planTransactions } from './import-plan'

export interface SeedConfig {
  projectId: string
  dataset: string
  apiVersion: string
  apiHost: string
  token: string
}

export class SeedConfigError extends Error {
  override name = 'SeedConfigError'
}

/** What the seed needs to write to a project; every missing variable is named at once. */
export function readSeedConfig(env: Record<string, string | undefined>): SeedConfig {
  const value = (name: string) => env[name]?.trim() || undefined
  const missing = [
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'the project id from sanity.io/manage'],
    ['SANITY_API_WRITE_TOKEN', 'an Editor token: sanity.io/manage → API → Tokens → Add API token'],
  ].filter(([name]) => !value(name!))
  if (missing.length > 0) {
    throw new SeedConfigError(
      `npm run seed needs a Sanity project to write to. Set (in .env.local or the environment):\n${missing.map(([name, what]) => `  ${name}: ${what}`).join('\n')}`,
    )
  }
  return {
    projectId: value('NEXT_PUBLIC_SANITY_PROJECT_ID')!,
    dataset: value('NEXT_PUBLIC_SANITY_DATASET') ?? 'production',
    apiVersion: value('NEXT_PUBLIC_SANITY_API_VERSION') ?? DEFAULT_API_VERSION,
    apiHost: value('NEXT_PUBLIC_SANITY_API_HOST')?.replace(/\/+$/, '') ?? DEFAULT_API_HOST,
    token: value('SANITY_API_WRITE_TOKEN')!,
  }
}

const isAssetDocument = (doc: SanityDocument) => doc._type === 'sanity.imageAsset' || doc._type === 'sanity.fileAsset'

function replaceReferences(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => replaceReferences(item, ids))
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(value)) {
    out[key] = key === '_ref' && typeof child === 'string' ? (ids.get(child) ?? child) : replaceReferences(child, ids)
  }
  return out
}

export interface SeedSummary {
  assets: number
  documents: number
  transactions: number
}

/**
 * Writes a loaded dataset into a project: uploads each image file (the Content Lake answers
 * with its asset id), points every `asset._ref` at it, then `createOrReplace`s the documents
 * (drafts stay drafts) in transactions ordered so strong references never dangle.
 * `loadDatasetFile` has already turned the export's `_sanityAsset` fields into references.
 */
export async function seedDataset({
  dataset,
  client,
  log = console.log,
  batchSize = 100,
}: {
  dataset: LoadedDataset
  client: SanityClient
  log?: (line: string) => void
  batchSize?: number
}): Promise<SeedSummary> {
  const assetDocs = dataset.documents.filter(isAssetDocument)
  const uploads = assetDocs.filter((doc) => dataset.assetFiles.has(String(doc.originalFilename)))
  const assetIds = new Map<string, string>()
  for (const [n, asset] of uploads.entries()) {
    const kind = asset._type === 'sanity.imageAsset' ? 'image' : 'file'
    const uploaded = await client.assets.upload(kind, dataset.assetFiles.get(String(asset.originalFilename))!, {
      filename: String(asset.originalFilename),
      contentType: String(asset.mimeType),
    })
    assetIds.set(asset._id, uploaded._id)
    log(`[seed] ${kind} ${n + 1}/${uploads.length}: ${String(asset.originalFilename)} → ${uploaded._id}`)
  }
  if (assetDocs.length > uploads.length) {
    log(`[seed] ${assetDocs.length - uploads.length} asset documents have no file in the dataset; references to them are kept as they are`)
  }

  const documents = dataset.documents.filter((doc) => !isAssetDocument(doc)).map((doc) => replaceReferences(doc, assetIds) as SanityDocument)
  const batches = planTransactions(documents, batchSize)
  let written = 0
  for (const [n, batch] of batches.entries()) {
    const transaction = client.transaction()
    for (const doc of batch) transaction.createOrReplace(doc)
    await transaction.commit({ visibility: 'async' })
    written += batch.length
    log(`[seed] transaction ${n + 1}/${batches.length}: ${batch.length} documents (${written}/${documents.length})`)
  }
  return { assets: uploads.length, documents: documents.length, transactions: batches.length }
}
