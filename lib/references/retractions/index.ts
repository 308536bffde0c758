import { z } from 'zod'
import { fetchCrossrefWork, type CrossrefUpdate } from '../lookup/crossref'
import { issuedFromDateParts } from '../lookup/fields'
import { fetchPubmedSummary, type PubmedSummary } from '../lookup/ncbi'
import type { ServiceOptions } from '../lookup/services'
import { createScheduler } from '../../sources-health/scheduler'
import { RETRACTION_STATUSES, type RetractionStatus } from './display'

/**
 * Whether a cited work was retracted, corrected or put under an expression of concern, from
 * Crossref (the work's `updated-by` notices, which include Retraction Watch's records) and PubMed
 * (publication type "Retracted Publication"; "Retraction in", "Expression of concern in",
 * "Erratum in" links to the notice). `sources:check` asks for every DOI and PMID and stores the
 * answer beside the source's health.
 */

export { RETRACTION_STATUSES, type RetractionStatus } from './display'

export const retractionSchema = z.object({
  status: z.enum(RETRACTION_STATUSES),
  /** The notice's address (its DOI or PubMed record), when known. */
  notice: z.string().nullable(),
  /** When the notice was issued (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), when known. */
  date: z.string().nullable(),
})
export type Retraction = z.infer<typeof retractionSchema>

/** The most serious first: a retraction outweighs a concern, which outweighs a correction. */
const SEVERITY: Record<RetractionStatus, number> = { retracted: 3, 'expression-of-concern': 2, corrected: 1 }

// Crossref's update types (crossref.org/documentation/crossmark/participation-reports) → ours.
const CROSSREF_TYPES: Record<string, RetractionStatus> = {
  retraction: 'retracted',
  partial_retraction: 'retracted',
  withdrawal: 'retracted',
  removal: 'retracted',
  expression_of_concern: 'expression-of-concern',
  correction: 'corrected',
  corrigendum: 'corrected',
  erratum: 'corrected',
}

function mostSerious(candidates: Retraction[]): Retraction | null {
  return candidates.reduce<Retraction | null>(
    (worst, next) => (!worst || SEVERITY[next.status] > SEVERITY[worst.status] ? next : worst),
    null,
  )
}

export function retractionFromCrossref(updates: readonly CrossrefUpdate[]): Retraction | null {
  return mostSerious(
    updates.flatMap((update) => {
      const status = CROSSREF_TYPES[update.type.toLowerCase().replace(/[\s-]+/g, '_')]
      if (!status) return []
      return [
        {
          status,
          notice: update.DOI ? `https://doi.org/${update.DOI.toLowerCase()}` : null,
          date: issuedFromDateParts(update.updated?.['date-parts']?.[0]) ?? null,
        },
      ]
    }),
  )
}

const PUBMED_REFTYPES: Record<string, RetractionStatus> = {
  'retraction in': 'retracted',
  'partial retraction in': 'retracted',
  'expression of concern in': 'expression-of-concern',
  'erratum in': 'corrected',
  'corrected and republished in': 'corrected',
}

const pubmedUrl = (pmid: string | number) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`

export function retractionFromPubmed(summary: PubmedSummary): Retraction | null {
  const fromLinks = (summary.references ?? []).flatMap((reference): Retraction[] => {
    const status = PUBMED_REFTYPES[reference.reftype.toLowerCase()]
    return status ? [{ status, notice: reference.pmid ? pubmedUrl(reference.pmid) : null, date: null }] : []
  })
  // The publication type alone (the notice not linked yet) still marks the article retracted.
  const retractedType = summary.pubtype?.includes('Retracted Publication')
  if (retractedType && !fromLinks.some((found) => found.status === 'retracted'))
    fromLinks.push({ status: 'retracted', notice: pubmedUrl(summary.uid), date: null })
  return mostSerious(fromLinks)
}

export interface WorkIds {
  doi?: string | null
  pmid?: string | null
}

/** What Crossref and PubMed say about one work; throws when a service could not be asked. */
export async function findRetraction(ids: WorkIds, options: ServiceOptions): Promise<Retraction | null> {
  const [work, summary] = await Promise.all([
    ids.doi ? fetchCrossrefWork(ids.doi, options) : null,
    ids.pmid ? fetchPubmedSummary(ids.pmid, options) : null,
  ])
  const crossref = work ? retractionFromCrossref(work['updated-by'] ?? []) : null
  const pubmed = summary ? retractionFromPubmed(summary) : null
  const worst = mostSerious([crossref, pubmed].filter((found): found is Retraction => !!found))
  // Crossref dates its notices; PubMed does not. Keep the date when both agree on the status.
  return worst && !worst.date && crossref?.status === worst.status ? { ...worst, date: crossref.date } : worst
}

export interface RetractionCheck {
  retraction: Retraction | null
  /** Set when a service failed; `retraction` is then what was known before. */
  error: string | null
  /** Retracted now, not before: `sources:check` exits with RETRACTED_EXIT_CODE. */
  becameRetracted: boolean
}

export interface CitationIds extends WorkIds {
  _id: string
  /** What the last check stored. */
  previous: Retraction | null
}

/** Every citation with a DOI or PMID, a few at a time (Crossref's polite pool, NCBI's 3 requests a second without a key). */
export async function checkRetractions(
  citations: readonly CitationIds[],
  options: ServiceOptions & { concurrency?: number; delayMs?: number },
): Promise<Map<string, RetractionCheck>> {
  const scheduler = createScheduler({
    concurrency: options.concurrency ?? 3,
    perHostConcurrency: options.concurrency ?? 3,
    perHostDelayMs: options.delayMs ?? 350,
  })
  const results = new Map<string, RetractionCheck>()
  await Promise.all(
    citations
      .filter((citation) => citation.doi || citation.pmid)
      .map(async (citation) => {
        let check: RetractionCheck
        try {
          const retraction = await scheduler.run('services', () => findRetraction(citation, options))
          check = {
            retraction,
            error: null,
            becameRetracted: retraction?.status === 'retracted' && citation.previous?.status !== 'retracted',
          }
        } catch (error) {
          check = { retraction: citation.previous, error: error instanceof Error ? error.message : String(error), becameRetracted: false }
        }
        results.set(citation._id, check)
      }),
  )
  return results
}

/** The retraction a stored health record holds; anything malformed reads as none. */
export function storedRetraction(health: unknown): Retraction | null {
  const stored = typeof health === 'object' && health !== null ? (health as { retraction?: unknown }).retraction : undefined
  return retractionSchema.nullish().catch(null).parse(stored) ?? null
}

/** Exit code of `sources:check` when a source was retracted since the last stored check (it outranks 1, "turned broken"). */
export const RETRACTED_EXIT_CODE = 4

const STATUS_WORDS: Record<RetractionStatus, string> = {
  retracted: 'RETRACTED',
  'expression-of-concern': 'expression of concern',
  corrected: 'corrected',
}

/** "RETRACTED 2024-03-05 (https://doi.org/…)" for the text report. */
export function retractionNote(retraction: Retraction): string {
  return [STATUS_WORDS[retraction.status], retraction.date, retraction.notice && `(${retraction.notice})`].filter(Boolean).join(' ')
}
