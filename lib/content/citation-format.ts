import { readerSource, type RecordedHealth } from '../sources-health/reader'
import type { CitationDisplay, WorksCitedSource } from './citation-display'
import { formatDate } from './dates'
import { safeSourceUrl } from './links'
import { retractionDisplay } from '../references/retractions/display'

export interface CitationFields {
  title: string
  site?: string | null
  url?: string | null
  accessedAt?: string | null
  authors?: readonly string[] | null
  publishedAt?: string | null
  /** Set by an editor; wins over the archived copy the checker found. */
  archiveUrl?: string | null
  health?: RecordedHealth | null
}

export function describeCitation(citation: CitationFields): CitationDisplay {
  const title = citation.title.trim()
  const site = citation.site?.trim()
  const url = safeSourceUrl(citation.url)
  const accessed = formatDate(citation.accessedAt)
  const published = formatDate(citation.publishedAt)
  const authors = (citation.authors ?? []).map((name) => name.trim()).filter(Boolean)
  const { availability, archive } = readerSource(citation)
  const retraction = retractionDisplay(citation.health?.retraction)
  return {
    title,
    ...(site && site.toLowerCase() !== title.toLowerCase() ? { site } : {}),
    ...(authors.length > 0 ? { authors: authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, et al.` : authors.join(', ') } : {}),
    ...(published ? { published } : {}),
    ...(accessed ? { accessed: `Accessed ${accessed}` } : {}),
    ...(url ? { url } : {}),
    ...(availability !== 'available' ? { availability } : {}),
    ...(archive
      ? { archive: { url: archive.url, label: archive.date ? `archived copy of ${formatDate(archive.date)}` : 'archived copy' } }
      : {}),
    ...(retraction ? { retraction } : {}),
  }
}

export function worksCitedSources(
  citations: ReadonlyArray<{ number: number; backlinks: readonly string[]; citation: CitationFields }>,
): WorksCitedSource[] {
  return citations.map(({ number, backlinks, citation }) => ({ number, uses: backlinks.length, ...describeCitation(citation) }))
}
