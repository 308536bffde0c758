/**
 * What a works-cited entry shows. Type imports only: components that render it may also run in
 * the browser (in draft mode the works cited is ordinary React), and whatever this module imports
 * would ship with them. The rules that fill it live in `citation-format.ts`.
 */

import type { SourceKind } from '../references/source-kinds'
import type { SourceAvailability } from '../sources-health/reader'
import type { RetractionDisplay } from '../references/retractions/display'

/**
 * A works-cited entry as readers see it: the reference written out in the site's style (HTML from
 * the CSL processor, its fields escaped), identifier links, and what the source check found.
 * Fields with nothing to show are left out rather than null.
 */
export interface CitationDisplay {
  title: string
  /** Publisher or site; left out when it only repeats the title. */
  site?: string
  /** Safe http(s) URL with its `#:~:text=` fragment. */
  url?: string
  /** The formatted reference (AMA by default), HTML; its links carry `rel="noopener noreferrer"`. */
  reference: string
  /** PubMed and PubMed Central ids, each shown as a link beside the reference. */
  pmid?: string
  pmcid?: string
  doi?: string
  kind: SourceKind
  /** From the last `sources:check`: gone (confirmed broken) or no longer saying what was cited; left out while it is still there. */
  availability?: Exclude<SourceAvailability, 'available'>
  /** An archived copy; `label` is "archived copy of June 27, 2025" (or "archived copy" when the date is unknown). */
  archive?: { url: string; label: string }
  /** Retracted, corrected or under an expression of concern; left out otherwise. */
  retraction?: RetractionDisplay
}

/** One works-cited entry as the browser receives it: its display fields, its number, how often the text cites it. */
export type WorksCitedSource = CitationDisplay & {
  number: number
  /** The text cites it; otherwise it is listed under "Further reading". */
  cited: boolean
  /** How many markers in the text cite this source; their ids follow from the number (`citationUseId`). */
  uses: number
}

export const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
export const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`
export const doiUrl = (doi: string) => `https://doi.org/${doi}`
