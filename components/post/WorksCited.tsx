import { describeCitation } from '@/lib/content/citation-format'
import type { PostPage } from '@/lib/queries/post'
import { SourceList } from './SourceList'

export const WORKS_CITED_ID = 'works-cited'

/** The numbered sources; each entry links out and back to every place it was cited. */
export function WorksCited({ citations }: { citations: PostPage['citations'] }) {
  if (citations.length === 0) return null
  return (
    <section className="works-cited" aria-labelledby={WORKS_CITED_ID}>
      <h2 id={WORKS_CITED_ID}>Works Cited</h2>
      <SourceList
        sources={citations.map(({ number, anchorId, backlinks, citation }) => ({
          number,
          anchorId,
          backlinks,
          display: describeCitation(citation),
        }))}
      />
    </section>
  )
}
