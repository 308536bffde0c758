'use client'

import type { ReactNode } from 'react'
import type { CitationDisplay } from '@/lib/content/citation-format'
import { backlinkLabel, citationTitleId } from '@/lib/content/citations'

export interface WorksCitedSource {
  number: number
  anchorId: string
  /** Anchor ids of the markers that cite this source, in reading order. */
  backlinks: string[]
  display: CitationDisplay
}

/**
 * The works-cited list, rendered from each source's display fields. A client component on
 * purpose: the RSC payload then carries those few strings per source instead of the rendered
 * markup of every entry (55 entries were a third of a long post's payload). Entries are mostly
 * text with their ". " separators written out, for the same reason: few elements, no attributes
 * that repeat.
 */
export function SourceList({ sources }: { sources: WorksCitedSource[] }) {
  // Numbers run 1…n in list order (see numberCitations), so the <ol> numbers entries itself.
  return <ol>{sources.map(SourceEntry)}</ol>
}

function SourceEntry({ number, anchorId, backlinks, display }: WorksCitedSource) {
  const gone = display.availability === 'gone'
  // A confirmed-dead source sends the reader to its archived copy rather than to a 404.
  const titleHref = gone ? (display.archive?.url ?? null) : display.url
  const titleId = citationTitleId(number)
  const archiveId = `${anchorId}-archive`
  const details = joinText(
    [
      display.authors,
      display.site && <i key="site">{display.site}</i>,
      display.published && `Published ${display.published}`,
      display.accessed,
    ].filter(Boolean),
    display.titleEndsSentence ? ' ' : '. ',
  )
  return (
    <li key={anchorId} id={anchorId} data-source={display.availability}>
      <span className="source-title" id={titleId}>
        {titleHref ? (
          <a href={titleHref} rel="noopener noreferrer">
            {display.title}
          </a>
        ) : (
          display.title
        )}
      </span>
      {details}
      {gone && display.url ? (
        <span className="source-gone">
          {'. The original, '}
          <span className="source-url">{display.url}</span>
          {display.archive ? (
            <>
              {', is no longer available; read the '}
              <a href={display.archive.url} rel="noopener noreferrer">
                {display.archive.label}
              </a>
            </>
          ) : (
            ', is no longer available, and no archived copy was found'
          )}
        </span>
      ) : display.host ? (
        // Hidden in print, where the address follows the title; so is its separator.
        <span className="source-host">{`. ${display.host}`}</span>
      ) : null}
      {!gone && display.archive ? (
        <span className="source-archive">
          {/* Named "archived <title>" by reference: the visible words first, the title not repeated. */}
          <a href={display.archive.url} rel="noopener noreferrer" id={archiveId} aria-labelledby={`${archiveId} ${titleId}`}>
            {display.availability === 'changed' ? `${display.archive.label}, as cited` : 'archived'}
          </a>
        </span>
      ) : null}
      {backlinks.length > 0 ? (
        <span className="backlinks">
          {backlinks.map((target, index) => (
            <a
              key={target}
              href={`#${target}`}
              // The name contains the visible letter (label-content-name-mismatch).
              aria-label={
                backlinks.length > 1
                  ? `Back to use ${backlinkLabel(index)} of citation ${number} in the text`
                  : `Back to citation ${number} in the text`
              }
            >
              ↩{backlinks.length > 1 ? <sup>{backlinkLabel(index)}</sup> : null}
            </a>
          ))}
        </span>
      ) : null}
    </li>
  )
}

/** "A. <i>B</i>. C": parts after the title, each after a separator, adjacent text in one node (no `<!-- -->` between). */
function joinText(parts: ReactNode[], first: string): ReactNode[] {
  const out: ReactNode[] = []
  parts.forEach((part, index) => {
    const separator = index === 0 ? first : '. '
    const last = out.length - 1
    if (typeof part === 'string') {
      if (typeof out[last] === 'string') out[last] += separator + part
      else out.push(separator + part)
    } else {
      if (typeof out[last] === 'string') out[last] += separator
      else out.push(separator)
      out.push(part)
    }
  })
  return out
}
