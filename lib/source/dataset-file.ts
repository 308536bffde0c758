import { createHash } from 'node:crypto'
import { readFile, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { createGunzip } from 'node:zlib'
import { Readable } from 'node:stream'
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

export interface LoadedDataset {
  documents: SanityDocument[]
  /** Asset file bytes by file name (`<sha1>-<w>x<h>.<ext>`), for the `/media/` route. */
  assetFiles: Map<string, Buffer>
}

export const MEDIA_ROUTE = '/media'

export class DatasetError extends Error {
  override name = 'DatasetError'
}

export async function loadDatasetFile(datasetPath: string): Promise<LoadedDataset> {
  const info = await stat(datasetPath).catch(() => {
    throw new DatasetError(`Dataset not found: ${datasetPath} (set SANITY_LOCAL_DATASET to an .ndjson file, an export .tar.gz or an export folder)`)
  })
  if (info.isDirectory()) return readExportFolder(datasetPath)
  if (/\.(tar\.gz|tgz)$/i.test(datasetPath)) return readExportArchive(await readFile(datasetPath))
  if (/\.ndjson$/i.test(datasetPath)) {
    const ndjson = await readFile(datasetPath, 'utf8')
    return resolveAssets(parseNdjson(ndjson, datasetPath), await readAssetFolder(path.dirname(datasetPath)))
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

export function parseNdjson(text: string, origin: string): SanityDocument[] {
  const documents: SanityDocument[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    let doc: unknown
    try {
      doc = JSON.parse(line)
    } catch {
      throw new DatasetError(`${origin}:${index + 1}: not valid JSON`)
    }
    if (!doc || typeof doc !== 'object' || typeof (doc as SanityDocument)._id !== 'string' || typeof (doc as SanityDocument)._type !== 'string') {
      throw new DatasetError(`${origin}:${index + 1}: a document needs string _id and _type`)
    }
    documents.push(doc as SanityDocument)
  })
  return documents
}

async function readExportFolder(folder: string): Promise<LoadedDataset> {
  const ndjson = await readFile(path.join(folder, 'data.ndjson'), 'utf8').catch(() => {
    throw new DatasetError(`No data.ndjson in export folder ${folder}`)
  })
  return resolveAssets(parseNdjson(ndjson, path.join(folder, 'data.ndjson')), await readAssetFolder(folder))
}

async function readAssetFolder(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const sub of ['images', 'files']) {
    const names = await readdir(path.join(folder, sub)).catch(() => [] as string[])
    await Promise.all(
      names.map(async (name) => files.set(`${sub}/${name}`, await readFile(path.join(folder, sub, name)))),
    )
  }
  return files
}

async function readExportArchive(archive: Buffer): Promise<LoadedDataset> {
  const entries = new Map<string, Buffer>()
  const tar = extract()
  const done = new Promise<void>((resolve, reject) => {
    tar.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: unknown) => void chunks.push(chunk as Buffer))
      stream.on('end', () => {
        if (header.type === 'file') entries.set(header.name, Buffer.concat(chunks))
        next()
      })
      stream.on('error', reject)
    })
    tar.on('finish', resolve)
    tar.on('error', reject)
  })
  Readable.from(archive)
    .pipe(createGunzip())
    .on('error', (error) => tar.destroy(new DatasetError(`Not a gzip archive: ${error.message}`)))
    .pipe(tar)
  await done

  // An export wraps everything in one top folder named after the dataset and date.
  const dataEntry = [...entries.keys()].find((name) => /(^|\/)data\.ndjson$/.test(name))
  if (!dataEntry) throw new DatasetError('The archive holds no data.ndjson: is it a `sanity dataset export`?')
  const root = dataEntry.slice(0, -'data.ndjson'.length)
  const assetFiles = new Map<string, Buffer>()
  for (const [name, bytes] of entries) {
    if (name.startsWith(root) && /^(images|files)\//.test(name.slice(root.length))) {
      assetFiles.set(name.slice(root.length), bytes)
    }
  }
  const documents = parseNdjson(entries.get(dataEntry)!.toString('utf8'), dataEntry)
  return resolveAssets(documents, assetFiles)
}

const EXPORT_ASSET = /^(image|file)@file:\/\/\.\/((?:images|files)\/([^/]+))$/
const IMAGE_FILE = /^([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i

/**
 * Rewrites `_sanityAsset` fields to Content Lake references and adds the asset documents an
 * export leaves out, so the same GROQ (`asset->url`) works on both sources.
 */
function resolveAssets(documents: SanityDocument[], files: Map<string, Buffer>): LoadedDataset {
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

  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (!value || typeof value !== 'object') return value
    const record = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(record)) {
      if (key === '_sanityAsset' && typeof child === 'string') {
        const reference = toReference(child)
        if (reference) out.asset = reference
        continue
      }
      out[key] = visit(child)
    }
    return out
  }

  const resolved = documents.map((doc) => visit(doc) as SanityDocument)
  return { documents: [...resolved, ...assets.values()], assetFiles }
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
