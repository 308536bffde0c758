import { z } from 'zod'
import { issuedFromDateParts, type CitationAuthor, type CitationFields, type CitationType } from './fields'
import { ServiceError, getJson, serviceUrl, type ServiceOptions } from './services'

/**
 * Crossref's works API: `GET {CROSSREF_API_URL}/works/{doi}` answers
 * `{"status": "ok", "message-type": "work", "message": {DOI, type, title: [], container-title: [],
 * author: [{given, family} | {name}], issued: {"date-parts": [[y, m, d]]}, volume, issue, page,
 * ISBN: [], publisher, URL, "updated-by": [...]}}`, or 404 for an unknown DOI.
 */

const datePartsSchema = z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string(), z.null()]))).optional() }).optional()

export const crossrefUpdateSchema = z.object({
  DOI: z.string().optional(),
  type: z.string(),
  label: z.string().optional(),
  source: z.string().optional(),
  updated: datePartsSchema,
})
export type CrossrefUpdate = z.infer<typeof crossrefUpdateSchema>

export const crossrefWorkSchema = z.object({
  DOI: z.string(),
  type: z.string().optional(),
  subtype: z.string().optional(),
  title: z.array(z.string()).optional(),
  subtitle: z.array(z.string()).optional(),
  'container-title': z.array(z.string()).optional(),
  author: z.array(z.object({ given: z.string().optional(), family: z.string().optional(), name: z.string().optional() })).optional(),
  issued: datePartsSchema,
  volume: z.string().optional(),
  issue: z.string().optional(),
  page: z.string().optional(),
  ISBN: z.array(z.string()).optional(),
  publisher: z.string().optional(),
  URL: z.string().optional(),
  'updated-by': z.array(crossrefUpdateSchema).optional(),
})
export type CrossrefWork = z.infer<typeof crossrefWorkSchema>

const responseSchema = z.object({ status: z.literal('ok'), message: crossrefWorkSchema })

/** The work registered under a DOI, or null when Crossref does not know it. */
export async function fetchCrossrefWork(doi: string, options: ServiceOptions): Promise<CrossrefWork | null> {
  const body = await getJson(serviceUrl(options.crossrefApiUrl, `works/${encodeURIComponent(doi)}`), options)
  if (body === null) return null
  const parsed = responseSchema.safeParse(body)
  if (!parsed.success) throw new ServiceError(`Crossref answered an unexpected shape: ${parsed.error.issues[0]?.message}`)
  return parsed.data.message
}

// Crossref's work types (api.crossref.org/types) → ours; other types leave the choice to the editor.
const TYPES: Record<string, CitationType> = {
  'journal-article': 'article-journal',
  'posted-content': 'preprint',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'reference-book': 'book',
  'book-chapter': 'chapter',
  'book-section': 'chapter',
  'book-part': 'chapter',
}

// Crossref titles may carry JATS markup (<i>, <sub>); a citation title is plain text.
const plain = (text: string | undefined) =>
  text
    ?.replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim() || undefined

export function fieldsFromCrossref(work: CrossrefWork): CitationFields {
  const authors = (work.author ?? []).flatMap((author): CitationAuthor[] => {
    if (author.family) return [author.given ? { family: author.family, given: author.given } : { family: author.family }]
    return author.name ? [{ literal: author.name }] : []
  })
  const title = [plain(work.title?.[0]), plain(work.subtitle?.[0])].filter(Boolean).join(': ')
  const fields: CitationFields = {
    type: work.type ? TYPES[work.type] : undefined,
    title: title || undefined,
    authors: authors.length ? authors : undefined,
    container: plain(work['container-title']?.[0]),
    issued: issuedFromDateParts(work.issued?.['date-parts']?.[0]),
    volume: work.volume,
    issue: work.issue,
    pages: work.page,
    doi: work.DOI.toLowerCase(),
    isbn: work.ISBN?.[0],
    site: plain(work.publisher),
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as CitationFields
}
