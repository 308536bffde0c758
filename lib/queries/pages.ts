import { defineQuery } from 'groq'
import { z } from 'zod'
import { CONTENT_CHECK_HINT } from '../content/content-check-hint'
import { isValidPageSlug } from '../slugs'
import { pageSlugSchema } from './fragments'
import type { ContentReader } from '../source'
import type { PAGE_LINKS_QUERY_RESULT, PAGE_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'
import { portableTextSchema } from './post'
import { tags } from './tags'

export const PAGE_QUERY = defineQuery(`*[_type == "page" && slug.current == $slug][0]{
  title,
  "slug": slug.current,
  body,
  "seo": seo{title, description}
}`)

const pageSchema = z
  .object({
    title: z.string().trim().min(1),
    slug: pageSlugSchema,
    body: portableTextSchema,
    seo: z.object({ title: z.string().nullish(), description: z.string().nullish() }).nullish(),
  })
  .nullable()
type _PageChecked = Assert<Fits<PAGE_QUERY_RESULT, typeof pageSchema>>

export type Page = {
  title: string
  slug: string
  body: z.output<typeof portableTextSchema>
  seo: { title: string | null; description: string | null }
}

/** The page at /<slug>, or `null` (a 404) when there is none or it is too broken to show. */
export async function getPage(reader: ContentReader, slug: string): Promise<Page | null> {
  if (!isValidPageSlug(slug)) return null
  const raw = await reader.fetchContent({ query: PAGE_QUERY, params: { slug }, tags: [tags.site, tags.page(slug)], schema: z.unknown() })
  if (raw === null || raw === undefined) return null
  const parsed = pageSchema.safeParse(raw)
  if (!parsed.success || !parsed.data) {
    // Too broken to show: a 404 for readers, a log line for us — never a 500.
    console.error(`[content] page "${slug}" could not be parsed: ${parsed.error?.issues[0]?.message ?? 'empty'} ${CONTENT_CHECK_HINT}`)
    return null
  }
  const { seo, ...page } = parsed.data
  return { ...page, seo: { title: seo?.title?.trim() || null, description: seo?.description?.trim() || null } }
}

export const PAGE_LINKS_QUERY = defineQuery(`*[_type == "page" && defined(slug.current)] | order(title asc){title, "slug": slug.current}`)

// A page whose slug the site cannot serve is left out of links rather than linked to a 404.
const pageLinksSchema = z
  .array(z.unknown())
  .nullish()
  .transform((items) =>
    (items ?? []).flatMap((item) => {
      const parsed = z.object({ title: z.string().trim().min(1), slug: pageSlugSchema }).safeParse(item)
      return parsed.success ? [parsed.data] : []
    }),
  )
type _LinksChecked = Assert<Fits<PAGE_LINKS_QUERY_RESULT, typeof pageLinksSchema>>

/** Every page, for the footer and the sitemap. */
export function getPageLinks(reader: ContentReader): Promise<{ title: string; slug: string }[]> {
  return reader.fetchContent({ query: PAGE_LINKS_QUERY, tags: [tags.site, tags.pages], schema: pageLinksSchema })
}

/** Every page is built ahead: there are few, and each is linked from every page's footer. */
export async function pageStaticParams(reader: ContentReader) {
  return (await getPageLinks(reader.withPerspective('published'))).map((page) => ({ slug: page.slug }))
}
