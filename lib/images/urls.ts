import { createImageUrlBuilder } from '@sanity/image-url'

/**
 * Every image URL the site renders, built with `@sanity/image-url` so the editor's crop and
 * hotspot are applied the same way the Studio previews them. Content Lake images point at
 * Sanity's image CDN; local dataset images at `/media/<file>`, which answers the same query
 * parameters (lib/images/transform.ts). SVGs are drawn whole, as uploaded: they scale by
 * themselves, and a crop would mean rasterising them.
 */

export interface ImageCrop {
  top: number
  bottom: number
  left: number
  right: number
}
export interface ImageHotspot {
  x: number
  y: number
  width: number
  height: number
}
/** What an image needs to be drawn: the asset's URL and size, and the editor's crop and hotspot. */
export interface ImageSource {
  url: string
  width: number
  height: number
  crop?: ImageCrop | null
  hotspot?: ImageHotspot | null
}

/** Widths offered in a `srcset`: phones at 1x–3x up to wide screens at 2x. */
export const SRCSET_WIDTHS = [320, 480, 640, 828, 1080, 1280, 1600, 2048] as const

const FILE_NAME = /^([a-f0-9]+)-(\d+)x(\d+)\.([a-z0-9]+)$/i
const CDN_PATH = /^\/images\/([^/]+)\/([^/]+)\/([^/]+)$/
const LOCAL_PATH = /^\/media\/([^/]+)$/

type Origin = { kind: 'cdn'; projectId: string; dataset: string; file: string } | { kind: 'local'; file: string }

/** Where an asset URL points. Anything else (a URL typed in by hand) is used as it is. */
function originOf(url: string): Origin | null {
  if (url.startsWith('/')) {
    const local = LOCAL_PATH.exec(url)
    return local && FILE_NAME.test(local[1]!) ? { kind: 'local', file: local[1]! } : null
  }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const cdn = parsed.hostname === 'cdn.sanity.io' ? CDN_PATH.exec(parsed.pathname) : null
  return cdn && FILE_NAME.test(cdn[3]!) ? { kind: 'cdn', projectId: cdn[1]!, dataset: cdn[2]!, file: cdn[3]! } : null
}

const isSvg = (file: string) => file.toLowerCase().endsWith('.svg')

/** The local stand-in answers at `/media/<file>`; the builder needs some project to fill its path. */
const LOCAL_BUILDER_BASE = 'http://local.invalid'
const LOCAL_PROJECT = { projectId: 'local', dataset: 'local' }

type ImageUrlBuilder = ReturnType<typeof createImageUrlBuilder>

function builderFor(image: ImageSource, origin: Origin): ImageUrlBuilder {
  const [, sha1, width, height, extension] = FILE_NAME.exec(origin.file)!
  const builder =
    origin.kind === 'cdn'
      ? createImageUrlBuilder({ projectId: origin.projectId, dataset: origin.dataset })
      : createImageUrlBuilder({ ...LOCAL_PROJECT, baseUrl: LOCAL_BUILDER_BASE })
  return builder.image({
    asset: { _ref: `image-${sha1}-${width}x${height}-${extension}` },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  })
}

function finish(url: string, origin: Origin): string {
  if (origin.kind === 'cdn') return url
  const built = new URL(url)
  return `/media/${origin.file}${built.search}`
}

/** The size of the image once the editor's crop is applied (what `width`/`height` attributes say). */
export function croppedSize(image: ImageSource): { width: number; height: number } {
  const origin = originOf(image.url)
  const crop = image.crop
  if (!crop || !origin || isSvg(origin.file)) return { width: image.width, height: image.height }
  // The same rounding as @sanity/image-url's `rect`.
  const left = Math.round(crop.left * image.width)
  const top = Math.round(crop.top * image.height)
  return {
    width: Math.round(image.width - crop.right * image.width - left),
    height: Math.round(image.height - crop.bottom * image.height - top),
  }
}

export interface UrlOptions {
  width: number
  /** With a height the image is cut to that aspect ratio around the hotspot. */
  height?: number
  /** A fixed format (for share images, which crawlers fetch without `Accept`); otherwise `auto=format`. */
  format?: 'jpg' | 'png' | 'webp'
}

/** One URL at one size. SVGs come back unchanged unless a format asks for a raster. */
export function imageUrl(image: ImageSource, { width, height, format }: UrlOptions): string {
  const origin = originOf(image.url)
  if (!origin || (isSvg(origin.file) && !format)) return image.url
  let builder = builderFor(image, origin).width(Math.round(width))
  if (height) builder = builder.height(Math.round(height)).fit('crop')
  builder = format ? builder.format(format) : builder.auto('format')
  return finish(builder.url(), origin)
}

export interface ResponsiveAttributes {
  src: string
  srcSet?: string
  width: number
  height: number
}

/**
 * `src` and a width-based `srcSet` up to the cropped original's width (never upscaled), with
 * `width`/`height` of the crop so the box is reserved before the image arrives.
 */
export function responsiveImage(image: ImageSource, { defaultWidth = 1280 }: { defaultWidth?: number } = {}): ResponsiveAttributes {
  const size = croppedSize(image)
  const origin = originOf(image.url)
  if (!origin || isSvg(origin.file)) return { src: image.url, ...size }
  const widths: number[] = SRCSET_WIDTHS.filter((candidate) => candidate < size.width)
  if (size.width <= SRCSET_WIDTHS.at(-1)!) widths.push(size.width)
  return {
    src: imageUrl(image, { width: Math.min(size.width, defaultWidth) }),
    srcSet: widths.map((candidate) => `${imageUrl(image, { width: candidate })} ${candidate}w`).join(', '),
    ...size,
  }
}

/**
 * Where a box that cuts the image (`object-fit: cover`) should centre it: the hotspot, measured
 * within the cropped image. Works for SVGs too, which are never cropped by URL.
 */
export function objectPosition(image: ImageSource): string | undefined {
  const { hotspot } = image
  if (!hotspot) return undefined
  const origin = originOf(image.url)
  const crop = origin && !isSvg(origin.file) && image.crop ? image.crop : { top: 0, bottom: 0, left: 0, right: 0 }
  const within = (value: number, start: number, end: number) => {
    const span = 1 - start - end
    return span > 0 ? Math.min(1, Math.max(0, (value - start) / span)) : 0.5
  }
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`
  return `${percent(within(hotspot.x, crop.left, crop.right))} ${percent(within(hotspot.y, crop.top, crop.bottom))}`
}

/** The whole image as cropped, at full size (structured data asks for the largest there is). */
export function croppedImageUrl(image: ImageSource): string {
  return imageUrl(image, { width: croppedSize(image).width })
}

/** An absolute URL for metadata and JSON-LD (local images are served from this site). */
export function absoluteUrl(url: string, siteUrl: string): string {
  return new URL(url, `${siteUrl}/`).toString()
}
