import type { Post } from '../../sanity.types'
import type { ImageAsset } from './artwork'
import type { BodyBlock } from './portable-text'
import type { ReviewSpec } from './reviews'

export type ImageSpec = {
  asset: ImageAsset
  alt: string
  caption?: string
  /** As the Studio's image tool stores them: fractions of the original cut off each side, and the focus. */
  crop?: { top: number; bottom: number; left: number; right: number }
  hotspot?: { x: number; y: number; width: number; height: number }
}

/**
 * The post fields a demo post writes just as the document stores them (title, excerpt, dates,
 * tags…), typed from the schema (sanity.types.ts): `dataset.ts` copies them as they are, so a new
 * field of this kind needs no line here or there. The review fields come from reviews.ts.
 */
type StoredAsWritten = Omit<
  { [Field in keyof Post as Post[Field] extends string | number | boolean | string[] | undefined ? Field : never]: Post[Field] },
  `_${string}` | keyof ReviewSpec
>

/** How a demo post is authored; `dataset.ts` turns it into a Sanity `post` document. */
export type PostSpec = StoredAsWritten & {
  slug: string
  /** Author slug (`author-<slug>`). */
  author: string
  /** Category slugs, content category first. */
  categories: string[]
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
