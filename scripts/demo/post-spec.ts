import type { ImageAsset } from './artwork'
import type { BodyBlock } from './portable-text'

export type ImageSpec = {
  asset: ImageAsset
  alt: string
  caption?: string
  /** As the Studio's image tool stores them: fractions of the original cut off each side, and the focus. */
  crop?: { top: number; bottom: number; left: number; right: number }
  hotspot?: { x: number; y: number; width: number; height: number }
}

/** How a demo post is authored; `dataset.ts` turns it into a Sanity `post` document. */
export type PostSpec = {
  slug: string
  title: string
  excerpt: string
  /** ISO datetime. */
  publishedAt: string
  updatedAt?: string
  /** Author slug (`author-<slug>`). */
  author: string
  /** Category slugs, content category first. */
  categories: string[]
  tags: string[]
  mainImage?: ImageSpec
  highlights?: Array<{ heading: string; text: string }>
  body: BodyBlock[]
  /**
   * Citation short names in works-cited order. Omitted: the citations the body cites, in the
   * order a reader first meets them.
   */
  worksCited?: string[]
  disclaimer?: 'disclaimer-medical' | 'disclaimer-ai-assisted'
  /** Slugs of hand-picked related posts. */
  relatedPosts?: string[]
  seo?: { title: string; description: string; image?: ImageSpec }
  /** Written as `drafts.post-<slug>`: never published. */
  draft?: boolean
}
