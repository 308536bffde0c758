import { pmcUrl, pubmedUrl, type WorksCitedSource } from '@/lib/content/citation-display'
import { backlinkLabel, citationAnchorId, citationTitleId, citationUseId } from '@/lib/content/citations'
import { RetractionNotice } from './RetractionNotice'

/**
 * A works-cited list: each entry is its reference written out by the CSL formatter (escaped HTML,
 * see lib/references/csl.ts), its PubMed and PubMed Central links, what the source check found,
 * and links back to the text. Few elements per entry, so a long list stays light (55 on one post).
 */
export function SourceList({ sources, numbered }: { sources: WorksCitedSource[]; numbered: boolean }) {
  // Cited sources run 1…n in list order (see numberCitations), so the <ol> numbers entries itself.
  return numbered ? <ol>{sources.map(SourceEntry)}</ol> : <ul>{sources.map(SourceEntry)}</ul>
}

function SourceEntry(source: WorksCitedSource) {
  const { number, uses, url, archive, availability, pmid, pmcid } = source
  const gone = availability === 'gone'
  const anchorId = citationAnchorId(number)
  const titleId = citationTitleId(number)
  const archiveId = `${anchorId}-archive`
  return (
    <li key={anchorId} id={anchorId} data-source={availability}>
      {/* The reference names the source: markers and the archive link refer to it by id. */}
      <span className="source-title" id={titleId} dangerouslySetInnerHTML={{ __html: source.reference }} />
      {pmid || pmcid ? (
        <span className="source-ids">
          {pmid ? <a href={pubmedUrl(pmid)} rel="noopener noreferrer">{`PMID: ${pmid}`}</a> : null}
          {pmcid ? <a href={pmcUrl(pmcid)} rel="noopener noreferrer">{`PMCID: ${pmcid}`}</a> : null}
        </span>
      ) : null}
      {gone && url ? (
        <span className="source-gone">
          {'The original, '}
          <span className="source-url">{url}</span>
          {archive ? (
            <>
              {', is no longer available; read the '}
              <a href={archive.url} rel="noopener noreferrer">
                {archive.label}
              </a>
              .
            </>
          ) : (
            ', is no longer available, and no archived copy was found.'
          )}
        </span>
      ) : null}
      {!gone && archive ? (
        <span className="source-archive">
          {/* Named "archived <reference>" by reference: the visible words first, the reference not repeated. */}
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
