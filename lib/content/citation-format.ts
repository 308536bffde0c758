import { formatReferences } from '../references/csl'
import { identifiersFromUrl, normaliseDoi, normalisePmcid, normalisePmid } from '../references/identifiers'
import { DEFAULT_REFERENCE_STYLE, type Reference, type ReferenceStyle } from '../references/model'
import { sourceKind, type SourceKind } from '../references/source-kinds'
import { readerSource, type RecordedHealth } from '../sources-health/reader'
import type { CitationDisplay, WorksCitedSource } from './citation-display'
import { formatDate } from './dates'
import { safeSourceUrl } from './links'
import { retractionDisplay } from '../references/retractions/display'

export interface CitationFields extends Reference {
  /** The editor's override of the kind of source. */
  sourceKind?: SourceKind | null
  /** Set by an editor; wins over the archived copy the checker found. */
  archiveUrl?: string | null
  health?: RecordedHealth | null
}

/**
 * Display fields of each citation, its reference written out in `style` (one CSL formatter for the
 * page, the feed and print). A confirmed-dead source is referenced by its archived copy, if any:
 * readers are not sent to a 404.
 */
export function describeCitations(
  citations: readonly CitationFields[],
  style: ReferenceStyle = DEFAULT_REFERENCE_STYLE,
): CitationDisplay[] {
  const prepared = citations.map((citation) => {
    const url = safeSourceUrl(citation.url)
    const { availability, archive } = readerSource(citation)
    const fromUrl = identifiersFromUrl(url)
    const doi = normaliseDoi(citation.doi) ?? fromUrl.doi
    const pmid = normalisePmid(citation.pmid) ?? fromUrl.pmid
    const pmcid = normalisePmcid(citation.pmcid) ?? fromUrl.pmcid
    const retraction = retractionDisplay(citation.health?.retraction)
    const linkUrl = availability === 'gone' ? (archive?.url ?? null) : url
    return {
      citation,
      url,
      availability,
      archive,
      retraction,
      doi,
      pmid,
      pmcid,
      reference: { ...citation, url: linkUrl, doi, pmid, pmcid },
    }
  })
  const references = formatReferences(
    prepared.map((entry) => entry.reference),
    style,
  )
  return prepared.map(({ citation, url, availability, archive, retraction, doi, pmid, pmcid }, index) => {
    const title = citation.title.trim()
    const site = citation.site?.trim()
    return {
      title,
      ...(site && site.toLowerCase() !== title.toLowerCase() ? { site } : {}),
      ...(url ? { url } : {}),
      reference: references[index]!,
      ...(doi ? { doi } : {}),
      ...(pmid ? { pmid } : {}),
      ...(pmcid ? { pmcid } : {}),
      kind: sourceKind({ ...citation, url }),
      ...(availability !== 'available' ? { availability } : {}),
      ...(archive
        ? { archive: { url: archive.url, label: archive.date ? `archived copy of ${formatDate(archive.date)}` : 'archived copy' } }
        : {}),
      ...(retraction ? { retraction } : {}),
    }
  })
}

export function worksCitedSources(
  citations: ReadonlyArray<{ number: number; cited: boolean; backlinks: readonly string[]; citation: CitationFields }>,
  style: ReferenceStyle = DEFAULT_REFERENCE_STYLE,
): WorksCitedSource[] {
  const displays = describeCitations(
    citations.map((entry) => entry.citation),
    style,
  )
  return citations.map(({ number, cited, backlinks }, index) => ({ number, cited, uses: backlinks.length, ...displays[index]! }))
}

/** One citation's display fields (formatting a list at once shares one CSL engine). */
export const describeCitation = (citation: CitationFields): CitationDisplay => describeCitations([citation])[0]!
