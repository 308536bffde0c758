/**
 * Writes the bundled demo dataset: content/demo/data.ndjson and content/demo/images/*.
 * Deterministic — running it twice gives byte-identical files. Usage:
 *   npx tsx scripts/demo/build-demo-dataset.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { buildDemoDataset } from './dataset'

export const DEMO_DIR = path.resolve(import.meta.dirname, '../../content/demo')

const { documents, ndjson, images } = buildDemoDataset()
const imagesDir = path.join(DEMO_DIR, 'images')
mkdirSync(imagesDir, { recursive: true })

writeFileSync(path.join(DEMO_DIR, 'data.ndjson'), ndjson)
const keep = new Set(images.map((img) => img.fileName))
for (const img of images) writeFileSync(path.join(imagesDir, img.fileName), img.bytes)
// Artwork changes rename files (the name is the sha1), so drop the ones nothing points at.
for (const stale of readdirSync(imagesDir).filter((name) => !keep.has(name))) rmSync(path.join(imagesDir, stale))

const counts = new Map<string, number>()
for (const doc of documents) {
  const type = doc._id.startsWith('drafts.') ? `${doc._type} (draft)` : doc._type
  counts.set(type, (counts.get(type) ?? 0) + 1)
}
console.log(`wrote ${path.relative(process.cwd(), DEMO_DIR)}/data.ndjson: ${documents.length} documents`)
for (const [type, n] of counts) console.log(`  ${type}: ${n}`)
console.log(`wrote ${images.length} images (${images.reduce((sum, i) => sum + i.bytes.length, 0)} bytes)`)
