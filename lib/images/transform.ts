import sharp from 'sharp'

/**
 * The part of Sanity's image API (https://www.sanity.io/docs/apis-and-sdks/image-urls) that
 * lib/images/urls.ts asks for, answered for the local dataset by sharp: `rect` (the editor's
 * crop), `w`, `h` with `fit=crop|max|clip`, `fm`, `auto=format` and `q`. So a phone gets a
 * phone-sized image from `/media/...` just as it would from cdn.sanity.io. As on the CDN, an
 * SVG is returned as it is unless a raster format is asked for.
 */

export const MAX_DIMENSION = 4096
const FORMATS = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' } as const
type Format = keyof typeof FORMATS
const RASTER_INPUT = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'])

export class ImageParamError extends Error {
  override name = 'ImageParamError'
}

export interface ImageRequest {
  rect?: { left: number; top: number; width: number; height: number }
  width?: number
  height?: number
  fit: 'max' | 'crop'
  format?: Format
  auto: boolean
  quality?: number
}

function integer(value: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new ImageParamError(`${name} must be a whole number`)
  const number = Number(value)
  if (number < min || number > max) throw new ImageParamError(`${name} must be between ${min} and ${max}`)
  return number
}

/** Reads the query; a value the image API would reject is an ImageParamError (a 400). */
export function parseImageRequest(params: URLSearchParams): ImageRequest {
  const request: ImageRequest = { fit: 'max', auto: false }
  const rect = params.get('rect')
  if (rect !== null) {
    const parts = rect.split(',')
    if (parts.length !== 4) throw new ImageParamError('rect must be left,top,width,height')
    const [left, top, width, height] = parts.map((part, index) => integer(part, 'rect', index < 2 ? 0 : 1, 100_000)) as [
      number,
      number,
      number,
      number,
    ]
    request.rect = { left, top, width, height }
  }
  const width = params.get('w')
  if (width !== null) request.width = integer(width, 'w', 1, MAX_DIMENSION)
  const height = params.get('h')
  if (height !== null) request.height = integer(height, 'h', 1, MAX_DIMENSION)
  const fit = params.get('fit')
  if (fit !== null) {
    if (fit === 'crop') request.fit = 'crop'
    else if (fit === 'max' || fit === 'clip') request.fit = 'max'
    else throw new ImageParamError('fit must be crop, max or clip')
  }
  const format = params.get('fm')
  if (format !== null) {
    const normalised = format === 'jpeg' || format === 'pjpg' ? 'jpg' : format
    if (!(normalised in FORMATS)) throw new ImageParamError('fm must be jpg, png, webp or avif')
    request.format = normalised as Format
  }
  const auto = params.get('auto')
  if (auto !== null) {
    if (auto !== 'format') throw new ImageParamError('auto must be format')
    request.auto = true
  }
  const quality = params.get('q')
  if (quality !== null) request.quality = integer(quality, 'q', 1, 100)
  return request
}

/** `auto=format`: the smallest format this browser says it takes (WebP; AVIF is too slow to encode on request). */
function negotiated(request: ImageRequest, accept: string, inputExtension: string): Format | undefined {
  if (request.format) return request.format
  if (request.auto && accept.includes('image/webp')) return 'webp'
  return inputExtension === 'jpeg' ? 'jpg' : (inputExtension as Format)
}

export interface TransformedImage {
  body: Buffer
  contentType: string
  /** The answer depends on `Accept` (auto=format), so caches must keep one per format. */
  variesByAccept: boolean
}

/** Applies the request to an image file's bytes; returns null when there is nothing to do (serve the original). */
export async function transformImage(
  bytes: Buffer,
  extension: string,
  request: ImageRequest,
  accept: string,
): Promise<TransformedImage | null> {
  const ext = extension.toLowerCase()
  const isSvg = ext === 'svg'
  if (isSvg ? !request.format : !RASTER_INPUT.has(ext)) return null
  const untouched = !request.rect && !request.width && !request.height && !request.format && !request.auto
  if (untouched) return null

  let image = sharp(bytes, { limitInputPixels: 50_000_000 }).rotate()
  if (request.rect) {
    const meta = await sharp(bytes).metadata()
    const left = Math.min(request.rect.left, (meta.width ?? 1) - 1)
    const top = Math.min(request.rect.top, (meta.height ?? 1) - 1)
    image = image.extract({
      left,
      top,
      width: Math.max(1, Math.min(request.rect.width, (meta.width ?? 1) - left)),
      height: Math.max(1, Math.min(request.rect.height, (meta.height ?? 1) - top)),
    })
  }
  if (request.width || request.height) {
    image = image.resize({
      width: request.width,
      height: request.height,
      // fit=crop fills the box exactly (the URL builder has already centred `rect` on the
      // hotspot); fit=max fits inside it. Neither ever enlarges, as on the CDN.
      fit: request.fit === 'crop' && request.width && request.height ? 'cover' : 'inside',
      withoutEnlargement: true,
    })
  }
  const format = negotiated(request, accept, isSvg ? 'png' : ext)
  const quality = request.quality ?? 75
  switch (format) {
    case 'jpg':
      image = image.flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true })
      break
    case 'png':
      image = image.png()
      break
    case 'webp':
      image = image.webp({ quality })
      break
    case 'avif':
      image = image.avif({ quality: Math.min(quality, 60) })
      break
    default:
      // gif / tiff in: keep what sharp can write back, otherwise PNG.
      image = image.png()
  }
  const body = await image.toBuffer()
  const contentType = format && format in FORMATS ? FORMATS[format as Format] : 'image/png'
  return { body, contentType, variesByAccept: request.auto && !request.format }
}
