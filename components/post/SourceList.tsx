import type { ReactNode } from 'react'
import { titleEndsSentence, type WorksCitedSource } from '@/lib/content/citation-display'
import { backlinkLabel, citationAnchorId, citationTitleId, citationUseId } from '@/lib/content/citations'
import { displayHost } from '@/lib/content/links'
import { RetractionNotice } from './RetractionNotice'

/**
 * The works-cited list, rendered from each source's display fields: ids, the host and separators
 * are worked out here. Entries are mostly text with their ". " separators written out: few
 * elements, no attributes that repeat, so a long list stays light (55 entries on one post).
 */
export function SourceList({ sources }: { sources: WorksCitedSource[] }) {
  // Numbers run 1…n in list order (see numberCitations), so the <ol> numbers entries itself.
  return <ol>{sources.map(SourceEntry)}</ol>
}

function SourceEntry(source: WorksCitedSource) {
  const { number, uses, url, archive, availability } = source
  const gone = availability === 'gone'
  // A confirmed-dead source sends the reader to its archived copy rather than to a 404.
  const titleHref = gone ? archive?.url : url
  const anchorId = citationAnchorId(number)
  const titleId = citationTitleId(number)
  const archiveId = `${anchorId}-archive`
  const details = joinText(
    [
      source.authors,
      source.site && <i key="site">{source.site}</i>,
      source.published && `Published ${source.published}`,
      source.accessed,
    ].filter(Boolean),
    titleEndsSentence(source.title) ? ' ' : '. ',
  )
  const host = url && displayHost(url)
  return (
    <li key={anchorId} id={anchorId} data-source={availability}>
      <span className="source-title" id={titleId}>
        {titleHref ? (
          <a href={titleHref} rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </span>
      {details}
      {gone && url ? (
        <span className="source-gone">
          {'. The original, '}
          <span className="source-url">{url}</span>
          {archive ? (
            <>
              {', is no longer available; read the '}
              <a href={archive.url} rel="noopener noreferrer">
                {archive.label}
              </a>
            </>
          ) : (
            ', is no longer available, and no archived copy was found'
          )}
        </span>
      ) : host ? (
        // Hidden in print, where the address follows the title; so is its separator.
        <span className="source-host">{`. ${host}`}</span>
      ) : null}
      {!gone && archive ? (
        <span className="source-archive">
          {/* Named "archived <title>" by reference: the visible words first, the title not repeated. */}
          <a href={archive.url} rel="noopener noreferrer" id={archiveId} aria-labelledby={`${archiveId} ${titleId}`}>
            {availability === 'changed' ? `${archive.label}, as cited` : 'archived'}
          </a>
        </span>
      ) : null}
      {source.retraction ? <RetractionNotice retraction={source.retraction} /> : null}
      {uses > 0 ? (
        <span className="backlinks">
          {Array.from({ length: uses }, (_, index) => (
            <a
              key={index}
              href={`#${citationUseId(number, index + 1)}`}
              // The name contains the visible letter (label-content-name-mismatch).
              aria-label={
                uses > 1
                  ? `Back to use ${backlinkLabel(index)} of citation ${number} in the text`
                  : `Back to citation ${number} in the text`
              }
            >
              ↩{uses > 1 ? <sup>{backlinkLabel(index)}</sup> : null}
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
