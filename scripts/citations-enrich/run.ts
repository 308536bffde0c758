import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { parseEnv, type Env } from '@/lib/env'
import { LookupError, createLookup } from '@/lib/references/lookup'
import { DatasetError, parseNdjson, type SanityDocument } from '@/lib/source/dataset-file'
import { createLakeClient } from '@/lib/source/client'
import { DEMO_DATASET_PATH } from '@/lib/source/local'
import { lookupPatch } from '@/sanity/references/lookup-patch'

/**
 * `npm run citations:enrich -- [DATASET_PATH] [--write] [--allow-private-hosts]`: fills the empty
 * reference fields of existing citations the way the Studio's "Fill from DOI, PMID or URL" does
 * (from their DOI, PMID, PMCID or else their address). A dry run by default: it reports what would
 * change; `--write` stores it. Nothing an editor wrote is overwritten. Exit code 2 when it could not run.
 */

export class UsageError extends Error {
  override name = 'UsageError'
}

export const USAGE = 'Usage: npm run citations:enrich -- [DATASET_PATH] [--write] [--allow-private-hosts]'

export interface EnrichArgs {
  datasetPath?: string
  write: boolean
  allowPrivateHosts: boolean
}

export function parseArgs(argv: readonly string[]): EnrichArgs {
  const args: EnrichArgs = { write: false, allowPrivateHosts: false }
  for (const arg of argv) {
    if (arg === '--write') args.write = true
    else if (arg === '--allow-private-hosts') args.allowPrivateHosts = true
    else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}\n${USAGE}`)
    else if (args.datasetPath) throw new UsageError(`Only one dataset path, please (got ${args.datasetPath} and ${arg})\n${USAGE}`)
    else args.datasetPath = arg
  }
  return args
}

export interface Enrichment {
  citationId: string
  /** What was looked up: the DOI, PMID, PMCID or address. */
  input: string
  set: Record<string, unknown>
  /** Fields where the citation's own value differs from the lookup's (kept). */
  kept: string[]
  error: string | null
}

/** The most specific thing to look a citation up by. */
const lookupInputOf = (citation: SanityDocument) =>
  [citation.doi, citation.pmid, citation.pmcid, citation.url].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  )

// Addresses are the editor's; the lookup may normalise them (doi.org, PMC) but never replaces one.
const NEVER_FILLED = new Set(['url'])

export async function enrichCitations(citations: readonly SanityDocument[], lookup: (input: string) => Promise<{ fields: object }>) {
  const results: Enrichment[] = []
  // One at a time: a few dozen citations, and Crossref and NCBI ask callers without a key to go slowly.
  for (const citation of citations) {
    const input = lookupInputOf(citation)
    if (!input) continue
    try {
      const { fields } = await lookup(input)
      const { set, kept } = lookupPatch(citation, fields)
      for (const name of NEVER_FILLED) delete set[name]
      results.push({ citationId: citation._id, input, set, kept: kept.filter((name) => !NEVER_FILLED.has(name)), error: null })
    } catch (error) {
      const message = error instanceof LookupError ? error.message : error instanceof Error ? error.message : String(error)
      results.push({ citationId: citation._id, input, set: {}, kept: [], error: message })
    }
  }
  return results
}

export function textReport(results: readonly Enrichment[], write: boolean): string {
  const lines: string[] = []
  for (const result of results) {
    if (result.error) lines.push(`${result.citationId}: lookup of ${result.input} failed: ${result.error}`)
    else if (Object.keys(result.set).length > 0) {
      lines.push(`${result.citationId} (${result.input}):`)
      for (const [name, value] of Object.entries(result.set)) lines.push(`  + ${name}: ${JSON.stringify(value)}`)
      if (result.kept.length) lines.push(`  kept: ${result.kept.join(', ')}`)
    }
  }
  const changed = results.filter((result) => Object.keys(result.set).length > 0).length
  const failed = results.filter((result) => result.error).length
  lines.push(
    '',
    `${results.length} citation${results.length === 1 ? '' : 's'} looked up: ${changed} ${write ? 'filled in' : 'would be filled in'}, ${failed} failed.` +
      (write || changed === 0 ? '' : ' Add --write to store the changes.'),
  )
  return lines.join('\n')
}

const CITATIONS_QUERY = `*[_type == "citation" && !(_id in path("drafts.**"))] | order(_id)`

/** The NDJSON file behind a dataset path (an export folder's data.ndjson); archives are read-only. */
async function ndjsonFileOf(datasetPath: string): Promise<string> {
  const info = await stat(datasetPath).catch(() => {
    throw new DatasetError(`Dataset not found: ${datasetPath}`)
  })
  if (info.isDirectory()) return path.join(datasetPath, 'data.ndjson')
  if (/\.ndjson$/i.test(datasetPath)) return datasetPath
  throw new DatasetError(
    `citations:enrich reads an .ndjson file or an unpacked export folder (got ${datasetPath}); unpack the archive first.`,
  )
}

/** Sets the filled fields on the citations' lines; every other line is kept byte for byte, the file replaced atomically. */
async function writeLocal(file: string, results: readonly Enrichment[]) {
  const changes = new Map(results.filter((result) => Object.keys(result.set).length > 0).map((result) => [result.citationId, result.set]))
  const lines = (await readFile(file, 'utf8')).split('\n')
  const out = lines.map((line) => {
    if (!line.trim()) return line
    const document = JSON.parse(line) as SanityDocument
    const set = changes.get(document._id)
    return set ? JSON.stringify({ ...document, ...set }) : line
  })
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, out.join('\n'))
  await rename(temporary, file)
}

async function writeLake(client: SanityClient, results: readonly Enrichment[]) {
  const transaction = client.transaction()
  let count = 0
  for (const result of results) {
    if (Object.keys(result.set).length === 0) continue
    // setIfMissing: an editor who filled a field since the read keeps their value.
    transaction.patch(result.citationId, (patch) => patch.setIfMissing(result.set))
    count++
  }
  if (count > 0) await transaction.commit({ visibility: 'async' })
}

function lakeClient(env: Env, write: boolean): SanityClient | null {
  if (!env.NEXT_PUBLIC_SANITY_PROJECT_ID) return null
  if (write && !env.SANITY_API_WRITE_TOKEN)
    throw new UsageError('--write on the Content Lake needs SANITY_API_WRITE_TOKEN; nothing was changed.')
  return createLakeClient({
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
    token: env.SANITY_API_WRITE_TOKEN ?? env.SANITY_API_READ_TOKEN,
  })
}

export interface RunOptions {
  argv: readonly string[]
  env: Record<string, string | undefined>
  print?: (text: string) => void
  log?: (text: string) => void
}

export async function runCitationsEnrich(options: RunOptions): Promise<{ exitCode: number; results: Enrichment[] }> {
  const print = options.print ?? ((text) => process.stdout.write(`${text}\n`))
  const log = options.log ?? ((text) => process.stderr.write(`${text}\n`))
  const args = parseArgs(options.argv)
  const env = parseEnv(options.env)
  const client = args.datasetPath ? null : lakeClient(env, args.write)
  const file = client ? null : await ndjsonFileOf(args.datasetPath ?? env.SANITY_LOCAL_DATASET ?? DEMO_DATASET_PATH)
  const citations = client
    ? await client.fetch<SanityDocument[]>(CITATIONS_QUERY, {}, { perspective: 'published' })
    : parseNdjson(await readFile(file!, 'utf8'), file!).filter((doc) => doc._type === 'citation' && !doc._id.startsWith('drafts.'))
  log(
    `[enrich] looking up ${citations.length} citations in ${client ? `${env.NEXT_PUBLIC_SANITY_PROJECT_ID}/${env.NEXT_PUBLIC_SANITY_DATASET}` : file}`,
  )
  const lookup = createLookup(env, { allowPrivateHosts: args.allowPrivateHosts })
  try {
    const results = await enrichCitations(citations, lookup.lookup)
    print(textReport(results, args.write))
    if (args.write) {
      if (client) await writeLake(client, results)
      else await writeLocal(file!, results)
    }
    return { exitCode: 0, results }
  } finally {
    await lookup.close()
  }
}
