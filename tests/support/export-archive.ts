import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { pack } from 'tar-stream'
import { DEMO_DATASET_PATH } from '../../lib/source/local'

const DEMO_FOLDER = path.dirname(DEMO_DATASET_PATH)

/** Packs the demo dataset the way `sanity dataset export` does: one top folder, assets as files. */
export async function buildExportArchive(): Promise<Buffer> {
  const ndjson = await readFile(DEMO_DATASET_PATH)
  const images = await readdir(path.join(DEMO_FOLDER, 'images'))
  const archive = pack()
  const chunks: Buffer[] = []
  archive.on('data', (chunk: unknown) => void chunks.push(chunk as Buffer))
  const ended = new Promise<void>((resolve) => archive.on('end', () => resolve()))
  const top = 'production-export-2026-11-21t00-00-00-000z'
  archive.entry({ name: `${top}/data.ndjson` }, ndjson)
  archive.entry({ name: `${top}/assets.json` }, '{}')
  for (const name of images) archive.entry({ name: `${top}/images/${name}` }, await readFile(path.join(DEMO_FOLDER, 'images', name)))
  archive.finalize()
  await ended
  return gzipSync(Buffer.concat(chunks))
}
