import type { DocumentBadgeComponent } from 'sanity'
import { retractionBadge } from './retraction-badge'
import { useRetractions } from './useRetractions'

/** On a citation: "Retracted" (red), "Expression of concern", "Corrected"; from its health record. */
export const CitationRetractionBadge: DocumentBadgeComponent = (props) => retractionBadge(useRetractions([props.id]), 'citation')

type WorksCited = { worksCited?: Array<{ _ref?: string }> } | null

/** On a post: "Cites 2 retracted sources" (red), from the works cited of its latest version. */
export const PostRetractionBadge: DocumentBadgeComponent = (props) => {
  const post = (props.draft ?? props.published) as WorksCited
  const refs = (post?.worksCited ?? []).flatMap((entry) => (entry._ref ? [entry._ref] : []))
  return retractionBadge(useRetractions(refs), 'post')
}
