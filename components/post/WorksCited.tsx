import type { WorksCitedSource } from '@/lib/content/citation-display'
import { SourceList } from './SourceList'

export const WORKS_CITED_ID = 'works-cited'
export const FURTHER_READING_ID = 'further-reading'

/**
 * The works cited, folded: a `<details>` whose summary says how many sources and of which kinds.
 * Following a marker to an entry opens it without JavaScript (the browser expands a `<details>`
 * that holds the fragment's target). Sources the text never cites are listed apart, after the
 * numbered ones.
 */
export function WorksCited({ sources, summary }: { sources: WorksCitedSource[]; summary: string }) {
  if (sources.length === 0) return null
  const cited = sources.filter((source) => source.cited)
  const further = sources.filter((source) => !source.cited)
  return (
    <section className="works-cited" aria-labelledby={WORKS_CITED_ID}>
      <h2 id={WORKS_CITED_ID}>Works cited</h2>
      <details>
        <summary>{summary}</summary>
        {cited.length > 0 ? <SourceList sources={cited} numbered /> : null}
        {further.length > 0 ? (
          <>
            <h3 id={FURTHER_READING_ID}>Further reading</h3>
            <SourceList sources={further} numbered={false} />
          </>
        ) : null}
      </details>
    </section>
  )
}
