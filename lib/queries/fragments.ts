import { z } from 'zod'
import { CONTENT_CHECK_HINT } from '../content/content-check-hint'
import { isReadableDate } from '../content/dates'
import { readingTimeMinutes } from '../content/reading-time'
import { SLUG_RULE, isValidPageSlug, isValidSlug } from '../slugs'

/**
 * GROQ projections shared by several queries, each beside the zod schema that parses it.
 * Schemas are lenient where content is optional: a missing image or a dangling reference
 * drops that part, not the page.
 */

/** Public posts: published ones with a slug and a date (drafts are removed by the perspective). */
export const PUBLIC_POST = `_type == "post" && defined(slug.current) && defined(publishedAt)`

/** A slug the site can serve (lib/slugs); a document whose slug breaks the rule is left out, not linked to a 404. */
export const slugSchema = z.string().refine(isValidSlug, `slug breaks the slug rule: ${SLUG_RULE}`)

/** A `page` the site can serve at /<slug>: the slug rule, and never one of the site's own routes. */
export const pageSlugSchema = z.string().refine(isValidPageSlug, 'slug is not a usable page address')

/** A post's publication date: one that cannot be read is as good as none, so the post is not public. */
export const publishDateSchema = z.string().refine(isReadableDate, 'publishedAt is not a date')

/** An optional date (updated, reviewed, due): one that cannot be read is ignored, with a log line. */
export const optionalDateSchema = z
  .string()
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined || isReadableDate(value)) return value
    console.warn(`[content] ignored the unreadable date ${JSON.stringify(String(value).slice(0, 40))} ${CONTENT_CHECK_HINT}`)
    return null
  })

export const CONTENT_CATEGORY_SLUGS = ['news', 'video', 'review'] as const

/**
 * An image field's asset size and preview, with the editor's crop and hotspot and its alt text (the image URL
 * builder in lib/images applies them). The fields on their own, for projections that add more.
 */
export const IMAGE_FIELDS = `
  "url": asset->url,
  "width": asset->metadata.dimensions.width,
  "height": asset->metadata.dimensions.height,
  "lqip": asset->metadata.lqip,
  crop,
  hotspot,
  alt`

/** Any image with alt text: portraits, share images, card images. */
export const IMAGE_PROJECTION = `{${IMAGE_FIELDS}
}`

/** Images that also have a caption: a post's main image and body images. */
export const CAPTIONED_IMAGE_PROJECTION = `{${IMAGE_FIELDS},
  caption
}`

const fraction = z.number().min(0).max(1)
/** A malformed crop or hotspot is dropped (the whole image is shown), not the image. */
const cropSchema = z
  .object({ top: fraction, bottom: fraction, left: fraction, right: fraction })
  .refine((crop) => crop.left + crop.right < 1 && crop.top + crop.bottom < 1)
  .nullish()
  .catch(null)
const hotspotSchema = z
  .object({ x: fraction, y: fraction, width: z.number().positive(), height: z.number().positive() })
  .nullish()
  .catch(null)

const imageObject = z.object({
  url: z.string().min(1),
  width: z.number().positive(),
  height: z.number().positive(),
  // Drawn inside a CSS url(""): only a plain base64 data URL, nothing that could end the string.
  lqip: z
    .string()
    .regex(/^data:image\/[a-z+]+;base64,[A-Za-z0-9+/=]+$/)
    .nullish()
    .catch(null),
  crop: cropSchema,
  hotspot: hotspotSchema,
  alt: z
    .string()
    .nullish()
    .transform((alt) => alt ?? ''),
  caption: z.string().nullish(),
})
export type ImageView = z.output<typeof imageObject>

/**
 * Parses a part of a page that may be missing or broken: anything `schema` rejects becomes
 * `null`, so that part is dropped and the page still renders.
 */
export function orNull<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((value): z.output<T> | null => {
    const parsed = schema.safeParse(value)
    return parsed.success ? parsed.data : null
  })
}

/** An image whose asset is missing or malformed becomes `null` instead of failing the page. */
export const imageSchema = orNull(imageObject)

export const CATEGORY_LINK_PROJECTION = `{_id, title, "slug": slug.current}`
const categoryLink = z.object({ _id: z.string(), title: z.string(), slug: slugSchema })
export type CategoryLink = z.output<typeof categoryLink>

/** Parses each item on its own; a malformed one is left out and logged, the rest render. */
export function listOf<T extends z.ZodType>(item: T, label: string) {
  // Typed as a list of the items' input so the query contracts (contract.ts) compare item shapes
  // too; at run time the value is taken as it is and parsed below (no copy of a long list first).
  const anyList = z.unknown() as unknown as z.ZodType<unknown, z.input<T>[] | null | undefined>
  // A reference to a deleted or unpublished document reads as null: skipped, not an error.
  const wholeList = z.array(item.nullable())
  return anyList.transform((items, context) => {
    if (items === null || items === undefined) return []
    if (!Array.isArray(items)) {
      context.issues.push({ code: 'custom', message: `expected a list of ${label}s`, input: items })
      return z.NEVER
    }
    // The whole list in one parse first: several times faster than item by item, which is
    // needed only to name and leave out the malformed ones.
    const whole = wholeList.safeParse(items)
    if (whole.success) return whole.data.filter((value): value is z.output<T> => value !== null)
    const parsed: z.output<T>[] = []
    for (const value of items) {
      if (value === null) continue
      const result = item.safeParse(value)
      if (result.success) parsed.push(result.data)
      else
        console.warn(
          `[content] left out a malformed ${label}: ${result.error.issues[0]?.message ?? 'invalid'} at ${result.error.issues[0]?.path.join('.') ?? ''} ${CONTENT_CHECK_HINT}`,
        )
    }
    return parsed
  })
}

/** A byline: enough to name a person and link to their page. */
export const AUTHOR_LINK_PROJECTION = `{name, "slug": slug.current, credentials, role}`

export const authorLinkSchema = z
  .object({
    name: z.string().min(1),
    // A byline whose author page cannot exist still names the person, unlinked.
    slug: slugSchema.nullish().catch(null),
    credentials: z.string().nullish(),
    role: z.string().nullish(),
  })
  .nullish()
  .catch(null)
  .transform((author) =>
    author
      ? { name: author.name, slug: author.slug ?? null, credentials: author.credentials?.trim() || null, role: author.role?.trim() || null }
      : null,
  )
export type AuthorLink = NonNullable<z.output<typeof authorLinkSchema>>

export const POST_CARD_PROJECTION = `{
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  updatedAt,
  "author": author->${AUTHOR_LINK_PROJECTION},
  "categories": categories[]->${CATEGORY_LINK_PROJECTION},
  "image": mainImage${IMAGE_PROJECTION},
  "wordCount": count(string::split(coalesce(pt::text(body), ""), " "))
}`

/** A post's excerpt: required in the Studio, yet an older document may lack it; shown as nothing then. */
export const excerptSchema = z
  .string()
  .nullish()
  .transform((excerpt) => excerpt ?? '')

export const postCardSchema = z
  .object({
    _id: z.string(),
    title: z.string().min(1),
    slug: slugSchema,
    excerpt: excerptSchema,
    publishedAt: publishDateSchema,
    updatedAt: optionalDateSchema,
    author: authorLinkSchema,
    categories: listOf(categoryLink, 'category'),
    image: imageSchema,
    wordCount: z.number().nullish(),
  })
  .transform(({ wordCount, ...card }) => ({ ...card, readingTimeMinutes: readingTimeMinutes(wordCount ?? 0) }))
export type PostCard = z.output<typeof postCardSchema>

export const postCardList = listOf(postCardSchema, 'post card')
