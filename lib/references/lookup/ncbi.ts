import { z } from 'zod'
import { issuedFromText, type CitationAuthor, type CitationFields } from './fields'
import { ServiceError, getJson, serviceUrl, type ServiceOptions } from './services'

/**
 * NCBI's PMC ID converter and E-utilities.
 *
 * ID converter: `GET {NCBI_IDCONV_URL}?ids=PMC3531190&format=json` answers
 * `{"status": "ok", "records": [{"pmcid", "pmid", "doi"}]}`; an unknown id comes back as a record
 * with `"status": "error", "errmsg"`.
 *
 * esummary: `GET {NCBI_EUTILS_URL}/esummary.fcgi?db=pubmed&id=…&retmode=json` answers
 * `{"result": {"uids": ["…"], "<pmid>": {title, fulljournalname, source, pubdate, volume, issue,
 * pages, authors: [{name, authtype}], pubtype: [], articleids: [{idtype, value}],
 * references: [{refsource, reftype, pmid}]}}}`; an unknown PMID is `{"uid", "error"}`.
 */

const idconvSchema = z.object({
  records: z
    .array(
      z.object({ pmcid: z.string().optional(), pmid: z.string().optional(), doi: z.string().optional(), status: z.string().optional() }),
    )
    .default([]),
})

export interface ConvertedIds {
  pmid?: string
  pmcid?: string
  doi?: string
}

/** The PMID, PMCID and DOI the converter knows for one of them; null when it knows none. */
export async function convertIds(id: string, options: ServiceOptions): Promise<ConvertedIds | null> {
  const url = new URL(options.idconvUrl)
  url.searchParams.set('ids', id)
  url.searchParams.set('format', 'json')
  url.searchParams.set('tool', 'cited')
  const body = await getJson(url, options)
  if (body === null) return null
  const parsed = idconvSchema.safeParse(body)
  if (!parsed.success) throw new ServiceError(`The PMC ID converter answered an unexpected shape: ${parsed.error.issues[0]?.message}`)
  const record = parsed.data.records[0]
  if (!record || record.status === 'error') return null
  const ids: ConvertedIds = {}
  if (record.pmid) ids.pmid = record.pmid
  if (record.pmcid) ids.pmcid = record.pmcid.toUpperCase()
  if (record.doi) ids.doi = record.doi.toLowerCase()
  return Object.keys(ids).length ? ids : null
}

export const pubmedSummarySchema = z.object({
  uid: z.string(),
  title: z.string().optional(),
  fulljournalname: z.string().optional(),
  source: z.string().optional(),
  pubdate: z.string().optional(),
  volume: z.string().optional(),
  issue: z.string().optional(),
  pages: z.string().optional(),
  authors: z.array(z.object({ name: z.string(), authtype: z.string().optional() })).optional(),
  pubtype: z.array(z.string()).optional(),
  articleids: z.array(z.object({ idtype: z.string(), value: z.string() })).optional(),
  references: z
    .array(z.object({ refsource: z.string().optional(), reftype: z.string(), pmid: z.union([z.number(), z.string()]).optional() }))
    .optional(),
})
export type PubmedSummary = z.infer<typeof pubmedSummarySchema>

const esummarySchema = z.object({ result: z.record(z.string(), z.unknown()).optional() })

/** PubMed's summary of one article, or null when PubMed does not know the PMID. */
export async function fetchPubmedSummary(pmid: string, options: ServiceOptions): Promise<PubmedSummary | null> {
  const url = serviceUrl(options.eutilsUrl, 'esummary.fcgi')
  url.searchParams.set('db', 'pubmed')
  url.searchParams.set('id', pmid)
  url.searchParams.set('retmode', 'json')
  url.searchParams.set('tool', 'cited')
  const body = await getJson(url, options)
  if (body === null) return null
  const parsed = esummarySchema.safeParse(body)
  if (!parsed.success) throw new ServiceError(`E-utilities answered an unexpected shape: ${parsed.error.issues[0]?.message}`)
  const record = parsed.data.result?.[pmid] as { error?: string } | undefined
  if (!record || record.error) return null
  const summary = pubmedSummarySchema.safeParse(record)
  if (!summary.success) throw new ServiceError(`E-utilities answered an unexpected summary: ${summary.error.issues[0]?.message}`)
  return summary.data
}

/** PubMed's author names are "Smith JA" (family, then initials); collective authors are organisations. */
function authorOf({ name, authtype }: { name: string; authtype?: string }): CitationAuthor {
  if (authtype && authtype !== 'Author') return { literal: name }
  const match = /^(.+?)\s+([A-Z]{1,4})$/.exec(name.trim())
  return match ? { family: match[1]!, given: match[2]! } : { literal: name.trim() }
}

const articleId = (summary: PubmedSummary, type: string) => summary.articleids?.find((id) => id.idtype === type)?.value

export function fieldsFromPubmed(summary: PubmedSummary): CitationFields {
  const authors = (summary.authors ?? []).filter((author) => author.name.trim()).map(authorOf)
  const pmcid = articleId(summary, 'pmc')
  const doi = articleId(summary, 'doi')
  const fields: CitationFields = {
    type: 'article-journal',
    // PubMed ends titles with a period (and brackets translated ones); a citation title has neither.
    title:
      summary.title
        ?.replace(/^\[(.*)\]\.?$/, '$1')
        .replace(/\.$/, '')
        .trim() || undefined,
    authors: authors.length ? authors : undefined,
    container: summary.fulljournalname || summary.source || undefined,
    issued: issuedFromText(summary.pubdate),
    volume: summary.volume || undefined,
    issue: summary.issue || undefined,
    pages: summary.pages || undefined,
    pmid: summary.uid,
    pmcid: pmcid ? pmcid.toUpperCase() : undefined,
    doi: doi ? doi.toLowerCase() : undefined,
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as CitationFields
}
