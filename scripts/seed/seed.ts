import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { sanityImport } from '@sanity/import'
import { DEFAULT_API_HOST, DEFAULT_API_VERSION } from '../../lib/sanity-api-defaults'

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

type ImportOptions = NonNullable<Parameters<typeof sanityImport>[1]>
type ImportProgress = Parameters<NonNullable<ImportOptions['onProgress']>>[0]

/** One line per step the importer starts, and one per batch, upload or patch it finishes. */
function progressLog(log: (line: string) => void): (event: ImportProgress) => void {
  let currentStep: string | undefined
  return ({ step, current, total }) => {
    if (total !== undefined) log(`[seed] ${step}: ${current ?? 0}/${total}`)
    else if (step !== currentStep) log(`[seed] ${step}`)
    currentStep = step
  }
}

export interface SeedSummary {
  documents: number
}

/**
 * Writes a dataset file into a project with Sanity's importer, as `sanity dataset import
 * --replace` would: documents are replaced by id (drafts stay drafts), strong references are
 * written weak and strengthened once every document exists, and each `_sanityAsset` file is
 * uploaded (or reused when the project already holds its hash) and referenced where it was.
 */
export async function seedDataset({
  datasetPath,
  client,
  log = console.log,
}: {
  datasetPath: string
  client: SanityClient
  log?: (line: string) => void
}): Promise<SeedSummary> {
  const options: ImportOptions = { client, operation: 'createOrReplace', onProgress: progressLog(log) }
  // An export folder is read as one; a file is streamed, its `file://./` asset paths taken from its folder.
  const { numDocs, warnings } = (await stat(datasetPath)).isDirectory()
    ? await sanityImport(datasetPath, options)
    : await sanityImport(createReadStream(datasetPath), { ...options, assetsBase: path.dirname(datasetPath) })
  for (const warning of warnings) log(`[seed] warning: ${warning.message}`)
  return { documents: numDocs }
}
