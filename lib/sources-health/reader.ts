import { safeSourceUrl } from '../content/links'
import { snapshotDateOfWaybackUrl } from './wayback'
import type { StoredRetraction } from '../references/retractions/display'

/**
 * What a reader is offered for one works-cited entry, from the citation and its last check.
 * Only a confirmed-broken source (see `rule.ts`) sends readers to the archive instead of the
 * original; an editor's own archive link wins over the one the checker found.
 */

export interface RecordedHealth {
  status?: string | null
  archivedUrl?: string | null
  archivedAt?: string | null
  retraction?: StoredRetraction | null
}

export type SourceAvailability = 'available' | 'gone' | 'changed'

export interface ReaderSource {
  /** `gone`: confirmed broken; `changed`: the page lives but the cited passage is no longer on it. */
  availability: SourceAvailability
  /** A safe http(s) link to an archived copy, with the snapshot's date when known. */
  archive: { url: string; date: string | null } | null
}

export function readerSource(citation: { archiveUrl?: string | null; health?: RecordedHealth | null }): ReaderSource {
  const editorArchive = safeSourceUrl(citation.archiveUrl)
  const foundArchive = safeSourceUrl(citation.health?.archivedUrl)
  const archive = editorArchive
    ? { url: editorArchive, date: snapshotDateOfWaybackUrl(editorArchive) }
    : foundArchive
      ? { url: foundArchive, date: citation.health?.archivedAt ?? snapshotDateOfWaybackUrl(foundArchive) }
      : null
  const status = citation.health?.status
  return { availability: status === 'broken' ? 'gone' : status === 'text-not-found' ? 'changed' : 'available', archive }
}
