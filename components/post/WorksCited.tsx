import type { WorksCitedSource } from '@/lib/content/citation-display'
import { SourceList } from './SourceList'

export const WORKS_CITED_ID = 'works-cited'

/** The numbered sources; each entry links out and back to every place it was cited. */
export function WorksCited({ sources }: { sources: WorksCitedSource[] }) {
  if (sources.length === 0) return null
  return (
    <section className="works-cited" aria-labelledby={WORKS_CITED_ID}>
      <h2 id={WORKS_CITED_ID}>Works Cited</h2>
      <SourceList sources={sources} />
    </section>
  )
}
