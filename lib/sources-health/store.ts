import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SanityClient } from '@sanity/client'
import { evaluate, parse } from 'groq-js'
import { z } from 'zod'
import { DatasetError, loadDatasetFile, parseNdjson, type SanityDocument } from '../source/dataset-file'
import { applyPerspective } from '../source/local'
import type { CitationToCheck } from './check'
import { SOURCE_HEALTH_TYPE, type SourceHealthDocument } from './health'

/**
 * Where citations are read from and health records written to: a dataset file (local mode)
 * or the Content Lake. The same GROQ runs on both.
 */

const SOURCE_TO_CHECK_PROJECTION = `{
  _id,
  url,
  accessedAt,
  doi,
  pmid,
  "citedBy": *[_type == "post" && !(_id in path("drafts.**")) && references(^._id)] | order(_id) ._id,
  "health": *[_type == "${SOURCE_HEALTH_TYPE}" && _id == "${SOURCE_HEALTH_TYPE}-" + ^._id][0]
}`

export const SOURCES_TO_CHECK_QUERY = `*[_type == "citation" && !(_id in path("drafts.**"))] | order(_id) ${SOURCE_TO_CHECK_PROJECTION}`

/** One published citation ("Check now"); `$id` is its published id. */
export const SOURCE_TO_CHECK_BY_ID_QUERY = `*[_type == "citation" && _id == $id] ${SOURCE_TO_CHECK_PROJECTION}`

const sourcesSchema = z.array(
  z.object({
    _id: z.string(),
    url: z
      .string()
      .nullish()
      .transform((url) => url ?? null),
    accessedAt: z
      .string()
      .nullish()
      .transform((date) => date ?? null),
    doi: z
      .string()
      .nullish()
      .transform((doi) => doi ?? null),
    pmid: z
      .string()
      .nullish()
      .transform((pmid) => pmid ?? null),
    citedBy: z
      .array(z.string())
      .nullish()
      .transform((ids) => ids ?? []),
    health: z.unknown(),
  }),
)

export const parseSources = (raw: unknown): CitationToCheck[] => sourcesSchema.parse(raw)

/** Citations of a set of documents (published ones only, as readers see them). */
export async function sourcesInDocuments(documents: SanityDocument[]): Promise<CitationToCheck[]> {
  const dataset = applyPerspective(documents, 'published')
  return parseSources(await (await evaluate(parse(SOURCES_TO_CHECK_QUERY), { dataset })).get())
}

/** The NDJSON file behind a dataset path: the file itself, or `data.ndjson` in an export folder. */
async function ndjsonFileOf(datasetPath: string): Promise<string | null> {
  const info = await stat(datasetPath).catch(() => {
    throw new DatasetError(`Dataset not found: ${datasetPath}`)
  })
  if (info.isDirectory()) return path.join(datasetPath, 'data.ndjson')
  return /\.ndjson$/i.test(datasetPath) ? datasetPath : null
}

export async function readLocalSources(datasetPath: string): Promise<CitationToCheck[]> {
  const file = await ndjsonFileOf(datasetPath)
  const documents = file ? parseNdjson(await readFile(file, 'utf8'), file) : (await loadDatasetFile(datasetPath)).documents
  return sourcesInDocuments(documents)
}

/**
 * Writes health records into the dataset file: an existing record's line is replaced in place,
 * a new one goes right after its citation, every other line is kept byte for byte. The file is
 * replaced atomically so the site never reads half of it. A `.tar.gz` export is not rewritten
 * (it is a backup format): unpack it and point the check at the folder.
 */
export async function writeLocalHealth(datasetPath: string, records: readonly SourceHealthDocument[]): Promise<string> {
  const file = await ndjsonFileOf(datasetPath)
  if (!file) {
    throw new DatasetError(
      `--write cannot rewrite an export archive (${datasetPath}). Unpack it (tar -xzf) and run the check on the folder, or import it into a project.`,
    )
  }
  const lines = (await readFile(file, 'utf8')).split('\n')
  const trailingNewline = lines[lines.length - 1] === ''
  if (trailingNewline) lines.pop()
  const idAt = (line: string) => {
    try {
      return (JSON.parse(line) as { _id?: string })._id
    } catch {
      return undefined
    }
  }
  const lineOf = new Map<string, number>()
  lines.forEach((line, index) => {
    const id = idAt(line)
    if (id) lineOf.set(id, index)
  })
  const inserts = new Map<number, string[]>()
  const appended: string[] = []
  for (const record of records) {
    const json = JSON.stringify(record)
    const existing = lineOf.get(record._id)
    if (existing !== undefined) {
      lines[existing] = json
      continue
    }
    const citationLine = lineOf.get(record.citation._ref)
    if (citationLine === undefined) appended.push(json)
    else inserts.set(citationLine, [...(inserts.get(citationLine) ?? []), json])
  }
  const out = lines.flatMap((line, index) => [line, ...(inserts.get(index) ?? [])]).concat(appended)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, out.join('\n') + (trailingNewline || out.length > 0 ? '\n' : ''))
  await rename(temporary, file)
  return file
}

export async function readLakeSources(client: SanityClient, only?: string): Promise<CitationToCheck[]> {
  const [query, params] = only ? [SOURCE_TO_CHECK_BY_ID_QUERY, { id: only }] : [SOURCES_TO_CHECK_QUERY, {}]
  return parseSources(await client.fetch(query, params, { perspective: 'published' }))
}

/** One transaction; `createOrReplace` because the checker owns these documents outright. */
export async function writeLakeHealth(client: SanityClient, records: readonly SourceHealthDocument[]): Promise<void> {
  if (records.length === 0) return
  const transaction = client.transaction()
  for (const record of records) transaction.createOrReplace(record)
  await transaction.commit({ visibility: 'async' })
}
