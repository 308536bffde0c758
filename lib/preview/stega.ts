import type { StegaConfig } from 'next-sanity'
import readerProseFieldNames from '../../sanity/reader-prose.json'

/**
 * Which draft strings carry stega (invisible characters that tell Visual Editing which field a
 * piece of text came from, so an editor can click it in the Presentation preview).
 *
 * Only text a reader sees as prose is encoded: fields with a name the schema marks as reader prose
 * (`options.readerProse`, sanity/lib/reader-prose.ts) — titles, excerpts, headings, captions, body
 * text, names — and not under a part code reads. Everything else stays clean because code reads
 * it: slugs and URLs (links, routing), ids and `_type`, dates (parsed), enums such as a callout's
 * tone (compared), alt text (read aloud, never clicked), SEO fields (metadata only), citation
 * details other than the title (formatted and split). Metadata and JSON-LD also clean what they
 * are given (`stegaClean`), because a visible title is both on the page and in `<title>`.
 */
const READER_TEXT_FIELDS = new Set(readerProseFieldNames)
const NEVER_UNDER = new Set(['seo', 'slug', 'asset', 'crop', 'hotspot', 'markDefs'])

export const readerTextOnly: NonNullable<StegaConfig['filter']> = (props) => {
  const { sourcePath } = props
  if (sourcePath.some((segment) => typeof segment === 'string' && NEVER_UNDER.has(segment))) return false
  const field = [...sourcePath].reverse().find((segment): segment is string => typeof segment === 'string')
  if (!field || !READER_TEXT_FIELDS.has(field)) return false
  // Sanity's own rules on top: never URLs, dates or other strings that look machine-read.
  return props.filterDefault(props)
}

/** The stega settings for draft reads; `studioUrl` is the embedded Studio (app/studio). */
export const draftStega = { enabled: true, studioUrl: '/studio', filter: readerTextOnly } satisfies StegaConfig
