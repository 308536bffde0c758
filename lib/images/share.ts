import { croppedSize, imageUrl, type ImageSource } from './urls'

/**
 * The picture a page shows when it is shared (og:image). An editor's sharing image wins; other
 * pages get a card drawn by the site (app/share-cards/, next/og with its bundled font).
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const

export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
}

export const shareCardPath = {
  site: '/share-cards/site',
  post: (slug: string) => `/share-cards/post/${encodeURIComponent(slug)}`,
  category: (slug: string) => `/share-cards/category/${encodeURIComponent(slug)}`,
}

const card = (url: string, alt: string): ShareImage => ({ url, ...SHARE_IMAGE_SIZE, alt })

export const siteShareCard = (siteTitle: string) => card(shareCardPath.site, `${siteTitle}: every claim cited`)
export const categoryShareCard = (slug: string, title: string) => card(shareCardPath.category(slug), `${title} articles`)
export const postShareCard = (slug: string) => card(shareCardPath.post(slug), 'The article title on a card with the site name')

/**
 * An editor's image cut to 1.91:1 around the hotspot, as JPEG (crawlers send no `Accept` and
 * some take no WebP or SVG). Smaller originals are not enlarged: the size says what is sent.
 */
export function editorShareImage(image: ImageSource & { alt: string }): ShareImage {
  const available = croppedSize(image)
  const width = Math.min(
    SHARE_IMAGE_SIZE.width,
    available.width,
    Math.floor((available.height * SHARE_IMAGE_SIZE.width) / SHARE_IMAGE_SIZE.height),
  )
  const height = Math.round((width * SHARE_IMAGE_SIZE.height) / SHARE_IMAGE_SIZE.width)
  return { url: imageUrl(image, { width, height, format: 'jpg' }), width, height, alt: image.alt }
}
