import sharp from 'sharp'
import { IMAGE_LAYOUTS } from './layouts'
import { SHARE_IMAGE_SIZE } from './share'
import { SRCSET_WIDTHS } from './urls'

/**
 * The part of Sanity's image API (https://www.sanity.io/docs/apis-and-sdks/image-urls) that
 * lib/images/urls.ts asks for, answered for the local dataset by sharp: `rect` (the editor's
 * crop), `w`, `h` with `fit=crop|max|clip`, `fm` and `auto=format`. So a phone gets a
 * phone-sized image from `/media/...` just as it would from cdn.sanity.io. As on the CDN, an
 * SVG is returned as it is unless a raster format is asked for.
 *
 * Any client can ask, so the work one request can cause is bounded: other parameters (`q`,
 * `utm_*`, anything) are ignored and never make a new variant; widths snap up to the few the
 * site itself asks for (SERVED_WIDTHS), never past the source's own width; AVIF, ~10x the CPU of
 * WebP per pixel, is encoded no wider than AVIF_MAX_WIDTH. Each file then has a small, fixed set
 * of variants per crop, and planTransform names the one a request gets (the cache key).
 */

export const MAX_DIMENSION = 4096
/** AVIF at 2,000 px costs ~4 s of CPU, at 640 px a tenth of that; the site never asks for AVIF (auto=format picks WebP). */
export const AVIF_MAX_WIDTH = 640
/**
 * Every width the site's own URLs ask for (srcset candidates, each layout's `src`, share images),
 * ascending. A request for another width gets the next one up, or the source's own width when
 * that is smaller (which is also what every URL asking for "the whole image" names).
 */
export const SERVED_WIDTHS: readonly number[] = [
  ...new Set([...SRCSET_WIDTHS, ...Object.values(IMAGE_LAYOUTS).map((layout) => layout.defaultWidth), SHARE_IMAGE_SIZE.width]),
].sort((a, b) => a - b)
const FORMATS = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' } as const
type Format = keyof typeof FORMATS
const RASTER_INPUT = new Set(['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'])
/** The quality every lossy variant is encoded at (a `q` in the URL is ignored, see above). */
const QUALITY = 75

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
}

function integer(value: string, name: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new ImageParamError(`${name} must be a whole number`)
  const number = Number(value)
  if (number < min || number > max) throw new ImageParamError(`${name} must be between ${min} and ${max}`)
  return number
}

/** Reads the parameters it knows; a value the image API would reject is an ImageParamError (a 400). */
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
  return request
}

/** `auto=format`: the smallest format this browser says it takes (WebP; AVIF is too slow to encode on request). */
function negotiated(request: ImageRequest, accept: string, inputExtension: string): Format {
  if (request.format) return request.format
  if (request.auto && accept.includes('image/webp')) return 'webp'
  if (inputExtension === 'jpeg') return 'jpg'
  // gif / tiff in: written back as PNG.
  return inputExtension in FORMATS ? (inputExtension as Format) : 'png'
}

/** A source file as its name describes it (`<sha1>-<w>x<h>.<ext>`). */
export interface SourceImage {
  extension: string
  width: number
  height: number
}

/**
 * Exactly what will be encoded: the crop clamped to the image, the output box after snapping,
 * the format after negotiation. Two requests with the same plan get the same bytes, so its
 * serialisation (transformKey) is the cache key.
 */
export interface TransformPlan {
  rect?: { left: number; top: number; width: number; height: number }
  width?: number
  height?: number
  fit: 'max' | 'crop'
  format: Format
  /** The answer depends on `Accept` (auto=format), so caches must keep one per format. */
  variesByAccept: boolean
}

/** The next served size up from `asked`, never past what the source has (`available`) nor `cap`. */
function snap(asked: number, available: number, cap: number): number {
  const served = SERVED_WIDTHS.find((width) => width >= asked) ?? MAX_DIMENSION
  return Math.max(1, Math.min(served, available, cap))
}

/** Plans the answer to a request; null when there is nothing to do (serve the original). */
export function planTransform(source: SourceImage, request: ImageRequest, accept: string): TransformPlan | null {
  const ext = source.extension.toLowerCase()
  const isSvg = ext === 'svg'
  if (isSvg ? !request.format : !RASTER_INPUT.has(ext)) return null
  if (!request.rect && !request.width && !request.height && !request.format && !request.auto) return null

  const format = negotiated(request, accept, isSvg ? 'png' : ext)
  const plan: TransformPlan = { fit: request.fit, format, variesByAccept: request.auto && !request.format }
  // An SVG is rasterised at its own size first, so it is cut and sized like any other image.
  let available = { width: source.width, height: source.height }
  if (request.rect) {
    const left = Math.min(request.rect.left, source.width - 1)
    const top = Math.min(request.rect.top, source.height - 1)
    plan.rect = {
      left,
      top,
      width: Math.max(1, Math.min(request.rect.width, source.width - left)),
      height: Math.max(1, Math.min(request.rect.height, source.height - top)),
    }
    available = { width: plan.rect.width, height: plan.rect.height }
  }
  const cap = format === 'avif' ? AVIF_MAX_WIDTH : MAX_DIMENSION
  if (request.width) {
    plan.width = snap(request.width, available.width, cap)
    // A height keeps the shape asked for (fit=crop cuts that aspect ratio) at the snapped width.
    if (request.height)
      plan.height = Math.max(1, Math.min(Math.round((request.height * plan.width) / request.width), available.height, cap))
  } else if (request.height) {
    plan.height = snap(request.height, available.height, cap)
  } else if (available.width > cap) {
    // Only a format asked for: the whole image, but no wider than any width may be.
    plan.width = cap
  }
  if (plan.fit === 'crop' && !(plan.width && plan.height)) plan.fit = 'max'
  return plan
}

/** The cache key of a plan's output for one file: nothing the client sent beyond what the plan keeps. */
export const transformKey = (file: string, plan: TransformPlan) =>
  [file, plan.rect ? Object.values(plan.rect).join(',') : '', plan.width ?? '', plan.height ?? '', plan.fit, plan.format].join('|')

export interface TransformedImage {
  body: Buffer
  contentType: string
  variesByAccept: boolean
}

/** Encodes a plan from an image file's bytes. */
export async function transformImage(bytes: Buffer, plan: TransformPlan): Promise<TransformedImage> {
  let image = sharp(bytes, { limitInputPixels: 50_000_000 }).rotate()
  if (plan.rect) image = image.extract(plan.rect)
  if (plan.width || plan.height) {
    image = image.resize({
      width: plan.width,
      height: plan.height,
      // fit=crop fills the box exactly (the URL builder has already centred `rect` on the
      // hotspot); fit=max fits inside it. Neither ever enlarges, as on the CDN.
      fit: plan.fit === 'crop' ? 'cover' : 'inside',
      withoutEnlargement: true,
    })
  }
  switch (plan.format) {
    case 'jpg':
      image = image.flatten({ background: '#ffffff' }).jpeg({ quality: QUALITY, mozjpeg: true })
      break
    case 'png':
      image = image.png()
      break
    case 'webp':
      image = image.webp({ quality: QUALITY })
      break
    case 'avif':
      image = image.avif({ quality: 60 })
      break
  }
  return { body: await image.toBuffer(), contentType: FORMATS[plan.format], variesByAccept: plan.variesByAccept }
}
