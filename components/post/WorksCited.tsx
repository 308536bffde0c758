import { backlinkLabel, describeCitation } from '@/lib/content/citation-format'
import type { PostPage } from '@/lib/queries/post'

export const WORKS_CITED_ID = 'works-cited'

/** The numbered sources; each entry links out and back to every place it was cited. */
export function WorksCited({ citations }: { citations: PostPage['citations'] }) {
  if (citations.length === 0) return null
  return (
    <section className="works-cited" aria-labelledby={WORKS_CITED_ID}>
      <h2 id={WORKS_CITED_ID}>Works Cited</h2>
      <ol>
        {citations.map(({ number, anchorId, citation, backlinks }) => {
          const display = describeCitation(citation)
          const gone = display.availability === 'gone'
          // A confirmed-dead source sends the reader to its archived copy rather than to a 404.
          const titleHref = gone ? (display.archive?.url ?? null) : display.url
          return (
            <li key={anchorId} id={anchorId} value={number} data-source={display.availability}>
              <span className="source-title" data-ends-sentence={display.titleEndsSentence || undefined}>
                {titleHref ? (
                  <a href={titleHref} rel="noopener noreferrer">
                    {display.title}
                  </a>
                ) : (
                  display.title
                )}
              </span>
              {display.authors ? <span className="source-part">{display.authors}</span> : null}
              {display.site ? <span className="source-part source-site">{display.site}</span> : null}
              {display.published ? <span className="source-part">Published {display.published}</span> : null}
              {display.accessed ? <span className="source-part">{display.accessed}</span> : null}
              {gone && display.url ? (
                <span className="source-part source-gone">
                  The original, <span className="source-url">{display.url}</span>, is no longer available
                  {display.archive ? (
                    <>
                      ; read the{' '}
                      <a href={display.archive.url} rel="noopener noreferrer">
                        {display.archive.label}
                      </a>
                    </>
                  ) : (
                    ', and no archived copy was found'
                  )}
                </span>
              ) : display.host ? (
                <span className="source-part source-host">{display.host}</span>
              ) : null}
              {!gone && display.archive ? (
                <span className="source-archive">
                  <a
                    href={display.archive.url}
                    rel="noopener noreferrer"
                    aria-label={`${display.archive.label} of “${display.title}”${display.availability === 'changed' ? ', as it read when cited' : ''}`}
                  >
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
                      aria-label={
                        backlinks.length > 1
                          ? `Back to citation ${number}, use ${index + 1} of ${backlinks.length}, in the text`
                          : `Back to citation ${number} in the text`
                      }
                    >
                      <span aria-hidden="true">↩{backlinks.length > 1 ? <sup>{backlinkLabel(index)}</sup> : null}</span>
                    </a>
                  ))}
                </span>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
