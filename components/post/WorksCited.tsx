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
          return (
            <li key={anchorId} id={anchorId} value={number}>
              <span className="source-title" data-ends-sentence={display.titleEndsSentence || undefined}>
                {display.url ? (
                  <a href={display.url} rel="noopener noreferrer">
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
              {display.host ? <span className="source-part source-host">{display.host}</span> : null}
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
