import { readerSource, type RecordedHealth, type SourceAvailability } from '../sources-health/reader'
import { formatDate } from './dates'
import { displayHost, safeSourceUrl } from './links'

/** A works-cited entry as readers see it: "Title. Site. Accessed June 27, 2025." */
export interface CitationDisplay {
  title: string
  /** The title already ends a sentence ("…", "?"), so no full stop follows it. */
  titleEndsSentence: boolean
  /** Publisher or site; left out when it only repeats the title. */
  site: string | null
  authors: string | null
  published: string | null
  /** "Accessed June 27, 2025", or null without a readable date. */
  accessed: string | null
  /** Safe http(s) URL with its `#:~:text=` fragment, or null (then the title is plain text). */
  url: string | null
  host: string | null
  /** From the last `sources:check`: still there, gone (confirmed broken), or no longer saying what was cited. */
  availability: SourceAvailability
  /** An archived copy; `label` is "archived copy of June 27, 2025" (or "archived copy" when the date is unknown). */
  archive: { url: string; date: string | null; label: string } | null
}

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
  const site = citation.site?.trim() || null
  const url = safeSourceUrl(citation.url)
  const accessed = formatDate(citation.accessedAt)
  const authors = (citation.authors ?? []).map((name) => name.trim()).filter(Boolean)
  const source = readerSource(citation)
  return {
    title,
    titleEndsSentence: /[.?!…]$/u.test(title),
    site: site && site.toLowerCase() !== title.toLowerCase() ? site : null,
    authors: authors.length === 0 ? null : authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, et al.` : authors.join(', '),
    published: formatDate(citation.publishedAt),
    accessed: accessed ? `Accessed ${accessed}` : null,
    url,
    host: url ? displayHost(url) : null,
    availability: source.availability,
    archive: source.archive
      ? { ...source.archive, label: source.archive.date ? `archived copy of ${formatDate(source.archive.date)}` : 'archived copy' }
      : null,
  }
}
