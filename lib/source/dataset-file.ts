import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import { extract } from 'tar-stream'

/**
 * Reads a dataset in Sanity's own formats so a real project's export runs offline as-is:
 * - an `.ndjson` file (what `sanity dataset import` takes), its `file://./images/...` asset
 *   paths resolved next to it;
 * - a `sanity dataset export` archive (`.tar.gz`): `<folder>/data.ndjson`, `assets.json`,
 *   `images/`, `files/`;
 * - an unpacked export folder holding `data.ndjson`.
 *
 * Export documents carry `_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"` where
 * the Content Lake has `asset._ref`; both are turned into the Content Lake shape here, with
 * a `sanity.imageAsset` document per image whose `url` points at the site's `/media/` route.
 */

export type SanityDocument = { _id: string; _type: string; [key: string]: unknown }

/** A line of the NDJSON that holds no document: where it is (`file:line`) and why. */
export interface SkippedLine {
  location: string
  reason: string
}

export interface LoadedDataset {
  documents: SanityDocument[]
  /** Asset file bytes by file name (`<sha1>-<w>x<h>.<ext>`), for the `/media/` route. */
  assetFiles: Map<string, Buffer>
  /** Lines left out because they hold no document; every other document is still served. */
  skipped?: SkippedLine[]
}

export const MEDIA_ROUTE = '/media'

// Large reads: with Node's 16–64 KB defaults a 66 MB export arrives in thousands of chunks, and
// stepping through them costs more than gunzip itself (465 ms → 160 ms at 5,000 posts).
const readLarge = (file: string) => createReadStream(file, { highWaterMark: 1 << 20 })
const GUNZIP_CHUNK = 256 << 10

export class DatasetError extends Error {
  override name = 'DatasetError'
}

export async function loadDatasetFile(datasetPath: string): Promise<LoadedDataset> {
  const info = await stat(datasetPath).catch(() => {
    throw new DatasetError(
      `Dataset not found: ${datasetPath} (set SANITY_LOCAL_DATASET to an .ndjson file, an export .tar.gz or an export folder)`,
    )
  })
  if (info.isDirectory()) return readExportFolder(datasetPath)
  if (/\.(tar\.gz|tgz)$/i.test(datasetPath)) return readExportArchive(datasetPath)
  if (/\.ndjson$/i.test(datasetPath)) {
    const parsed = await parseNdjsonStream(readLarge(datasetPath), datasetPath)
    return resolveAssets(parsed, await readAssetFolder(path.dirname(datasetPath)))
  }
  throw new DatasetError(`Unsupported dataset file: ${datasetPath} (expected .ndjson, .tar.gz or a folder)`)
}

/** Latest modification time among the files a dataset path stands for (reload when it moves). */
export async function datasetVersion(datasetPath: string): Promise<number> {
  const info = await stat(datasetPath)
  if (!info.isDirectory()) return info.mtimeMs
  const data = await stat(path.join(datasetPath, 'data.ndjson')).catch(() => info)
  return Math.max(info.mtimeMs, data.mtimeMs)
}

/** Documents as parsed, with the positions of those whose export asset paths still need resolving. */
interface ParsedNdjson {
  documents: SanityDocument[]
  withExportAssets: number[]
  skipped: SkippedLine[]
}

const emptyParse = (): ParsedNdjson => ({ documents: [], withExportAssets: [], skipped: [] })

/**
 * One line of NDJSON. A line that holds no document (a hand edit gone wrong, a truncated copy) is
 * recorded and skipped: one bad line must not take every page of the site down with it.
 */
function parseLine(line: string, lineNumber: number, origin: string, into: ParsedNdjson) {
  if (line.trim() === '') return
  const skip = (reason: string) => void into.skipped.push({ location: `${origin}:${lineNumber}`, reason })
  let doc: unknown
  try {
    doc = JSON.parse(line)
  } catch {
    return skip('not valid JSON')
  }
  if (
    !doc ||
    typeof doc !== 'object' ||
    typeof (doc as SanityDocument)._id !== 'string' ||
    typeof (doc as SanityDocument)._type !== 'string'
  ) {
    return skip('a document needs string _id and _type')
  }
  // Only these are walked again: most documents of a large export have no asset of their own.
  if (line.includes('"_sanityAsset"')) into.withExportAssets.push(into.documents.length)
  into.documents.push(doc as SanityDocument)
}

/** Parses NDJSON text strictly: the first line that holds no document is an error. */
export function parseNdjson(text: string, origin: string): SanityDocument[] {
  const parsed = emptyParse()
  text.split('\n').forEach((line, index) => parseLine(line, index + 1, origin, parsed))
  const [first] = parsed.skipped
  if (first) throw new DatasetError(`${first.location}: ${first.reason}`)
  return resolveAssets(parsed, new Map()).documents
}

/**
 * Parses NDJSON as it streams in, one line at a time: a large export is never held whole as
 * bytes or as one string beside its parsed documents (that copy used to set the peak memory).
 */
async function parseNdjsonStream(chunks: AsyncIterable<unknown>, origin: string): Promise<ParsedNdjson> {
  const parsed = emptyParse()
  let pending: Buffer[] = []
  let lineNumber = 0
  const NEWLINE = 0x0a // never part of a multi-byte UTF-8 sequence, so lines split safely as bytes
  for await (const bytes of chunks) {
    const chunk = bytes as Buffer
    let start = 0
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, end)
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece
      pending = []
      parseLine(line.toString('utf8'), ++lineNumber, origin, parsed)
      start = end + 1
    }
    if (start < chunk.length) pending.push(chunk.subarray(start))
  }
  if (pending.length) parseLine(Buffer.concat(pending).toString('utf8'), ++lineNumber, origin, parsed)
  return parsed
}

async function readExportFolder(folder: string): Promise<LoadedDataset> {
  const dataPath = path.join(folder, 'data.ndjson')
  await stat(dataPath).catch(() => {
    throw new DatasetError(`No data.ndjson in export folder ${folder}`)
  })
  return resolveAssets(await parseNdjsonStream(readLarge(dataPath), dataPath), await readAssetFolder(folder))
}

async function readAssetFolder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const sub of ['images', 'files']) {
    const names = await readdir(path.join(folder, sub)).catch(() => [] as string[])
    await Promise.all(names.map(async (name) => files.set(`${sub}/${name}`, await readFile(path.join(folder, sub, name)))))
  }
  return files
}

async function readExportArchive(archivePath: string): Promise<LoadedDataset> {
  const tar = extract()
  readLarge(archivePath)
    .pipe(createGunzip({ chunkSize: GUNZIP_CHUNK }))
    .on('error', (error) => tar.destroy(new DatasetError(`Not a gzip archive: ${error.message}`)))
    .pipe(tar)

  // Entries stream through: data.ndjson is parsed as it is read, asset files are kept as bytes.
  let data: { name: string; parsed: ParsedNdjson } | undefined
  const assetEntries = new Map<string, Buffer>()
  for await (const entry of tar) {
    const { name, type } = entry.header
    if (type === 'file' && !data && /(^|\/)data\.ndjson$/.test(name)) {
      data = { name, parsed: await parseNdjsonStream(entry, name) }
    } else if (type === 'file' && /(^|\/)(images|files)\//.test(name)) {
      const chunks: Buffer[] = []
      for await (const chunk of entry) chunks.push(chunk as Buffer)
      assetEntries.set(name, Buffer.concat(chunks))
    } else {
      entry.resume()
    }
  }
  if (!data) throw new DatasetError('The archive holds no data.ndjson: is it a `sanity dataset export`?')

  // An export wraps everything in one top folder named after the dataset and date.
  const root = data.name.slice(0, -'data.ndjson'.length)
  const assetFiles = new Map<string, Buffer>()
  for (const [name, bytes] of assetEntries) {
    if (name.startsWith(root) && /^(images|files)\//.test(name.slice(root.length))) {
      assetFiles.set(name.slice(root.length), bytes)
    }
  }
  return resolveAssets(data.parsed, assetFiles)
}

const EXPORT_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/([^/]+))$/
const IMAGE_FILE = /^([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i

/**
 * Rewrites `_sanityAsset` fields to Content Lake references and adds the asset documents an
 * export leaves out, so the same GROQ (`asset->url`) works on both sources.
 */
function resolveAssets({ documents, withExportAssets, skipped }: ParsedNdjson, files: Map<string, Buffer>): LoadedDataset {
  const assets = new Map<string, SanityDocument>()
  const assetFiles = new Map<string, Buffer>()

  const toReference = (value: string): { _type: 'reference'; _ref: string } | undefined => {
    const match = EXPORT_ASSET.exec(value)
    if (!match) return undefined
    const [, kind, filePath, fileName] = match as unknown as [string, string, string, string]
    const bytes = files.get(filePath)
    if (!bytes) return undefined
    const image = IMAGE_FILE.exec(fileName)
    const sha1 = image?.[1] ?? createHash('sha1').update(bytes).digest('hex')
    const extension = image?.[4] ?? path.extname(fileName).slice(1)
    const width = Number(image?.[2] ?? 0)
    const height = Number(image?.[3] ?? 0)
    const id = kind === 'image' ? `image-${sha1}-${width}x${height}-${extension}` : `file-${sha1}-${extension}`
    if (!assets.has(id)) {
      assetFiles.set(fileName, bytes)
      assets.set(id, {
        _id: id,
        _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
        assetId: sha1,
        sha1hash: sha1,
        extension,
        size: bytes.length,
        mimeType: mimeTypeOf(extension),
        originalFilename: fileName,
        path: `${filePath}`,
        url: `${MEDIA_ROUTE}/${fileName}`,
        ...(kind === 'image' ? { metadata: { dimensions: { width, height, aspectRatio: height ? width / height : 1 } } } : {}),
      })
    }
    return { _type: 'reference', _ref: id }
  }

  // Rewrites in place: only the small objects holding `_sanityAsset` are rebuilt (to keep their
  // key order), so a large export is not copied document by document.
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child = visit(value[i])
        if (child !== value[i]) value[i] = child
      }
      return value
    }
    if (!value || typeof value !== 'object') return value
    const record = value as Record<string, unknown>
    let exportAsset = false
    for (const key in record) {
      const child = record[key]
      if (key === '_sanityAsset' && typeof child === 'string') exportAsset = true
      else {
        const visited = visit(child)
        if (visited !== child) record[key] = visited
      }
    }
    if (!exportAsset) return record
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(record)) {
      if (key !== '_sanityAsset') out[key] = child
      else {
        const reference = toReference(child as string)
        if (reference) out.asset = reference
      }
    }
    return out
  }

  for (const index of withExportAssets) documents[index] = visit(documents[index]) as SanityDocument
  documents.push(...assets.values())
  return { documents, assetFiles, skipped }
}

export function mimeTypeOf(extension: string): string {
  const types: Record<string, string> = {
    svg: 'image/svg+xml',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    webp: 'image/webp',
    gif: 'image/gif',
    avif: 'image/avif',
    pdf: 'application/pdf',
  }
  return types[extension.toLowerCase()] ?? 'application/octet-stream'
}
