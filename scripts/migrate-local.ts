/**
 * Runs the project's Sanity migrations (migrations/<id>/index.ts, `defineMigration`) against a
 * local dataset instead of a project: an NDJSON file, or an unpacked `sanity dataset export`
 * folder (its data.ndjson). The same `document` functions `sanity migration run` calls; their
 * patches are applied here and the file is rewritten in place.
 *
 *   npm run migrate:local -- PATH [--migration ID] [--dry-run]
 */

import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Migration, NodePatch } from 'sanity/migrate'

type Doc = { _id: string; _type: string; [field: string]: unknown }

const MIGRATIONS_DIR = path.join(import.meta.dirname, '..', 'migrations')

/**
 * Applies the node patches a migration returned. Only the operations this project's migrations
 * use (set, setIfMissing and unset on a top-level field); anything else stops the run rather than
 * being half-applied — add it here when a migration needs it.
 */
export function applyPatches(doc: Doc, patches: readonly NodePatch[]): Doc {
  const next: Doc = { ...doc }
  for (const patch of patches) {
    const [field, ...rest] = patch.path
    if (typeof field !== 'string' || rest.length > 0)
      throw new Error(`migrate:local: unsupported path ${JSON.stringify(patch.path)} on ${doc._id}`)
    const op = patch.op as { type: string; value?: unknown }
    if (op.type === 'set') next[field] = op.value
    else if (op.type === 'setIfMissing') next[field] ??= op.value
    else if (op.type === 'unset') delete next[field]
    else throw new Error(`migrate:local: unsupported operation ${op.type} on ${doc._id}`)
  }
  return next
}

/** One migration over a list of documents: the documents, patched, and how many changed. */
export async function migrateDocuments(migration: Migration, docs: readonly Doc[]): Promise<{ docs: Doc[]; changed: number }> {
  const migrateDocument = typeof migration.migrate === 'object' ? migration.migrate.document : undefined
  if (typeof migrateDocument !== 'function') throw new Error(`migrate:local: "${migration.title}" has no document() function`)
  const types = new Set(migration.documentTypes ?? [])
  let changed = 0
  const out: Doc[] = []
  for (const doc of docs) {
    if (types.size > 0 && !types.has(doc._type)) {
      out.push(doc)
      continue
    }
    // The local runner has no Content Lake: a migration that needs the client runs with `sanity migration run`.
    const result = await migrateDocument(doc as never, {} as never)
    const patches = (Array.isArray(result) ? result : result ? [result] : []) as NodePatch[]
    if (patches.some((patch) => !('op' in patch && 'path' in patch)))
      throw new Error(`migrate:local: ${doc._id}: only node patches are supported`)
    if (patches.length > 0) changed += 1
    out.push(applyPatches(doc, patches))
  }
  return { docs: out, changed }
}

async function main(argv: string[]) {
  const dryRun = argv.includes('--dry-run')
  const only = argv.includes('--migration') ? argv[argv.indexOf('--migration') + 1] : undefined
  const target = argv.find((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--migration')
  if (!target) throw new Error('usage: npm run migrate:local -- PATH [--migration ID] [--dry-run]')
  const file = (await stat(target)).isDirectory() ? path.join(target, 'data.ndjson') : target
  const ids = only ? [only] : (await readdir(MIGRATIONS_DIR)).sort()
  let docs = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Doc)
  for (const id of ids) {
    const { default: migration } = (await import(pathToFileURL(path.join(MIGRATIONS_DIR, id, 'index.ts')).href)) as { default: Migration }
    const result = await migrateDocuments(migration, docs)
    docs = result.docs
    console.log(`${id}: ${result.changed} document(s) ${dryRun ? 'would change' : 'changed'}`)
  }
  if (!dryRun) await writeFile(file, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
