import { getPublishedId } from 'sanity'
import { duplicateGroups, type SourceIdentity } from '../../lib/references/identifiers'
import type { SanityDocument } from '../../lib/source/dataset-file'
import type { Problem } from './problems'

type CitationDoc = SanityDocument & SourceIdentity & { title?: string }
type PostDoc = SanityDocument & { worksCited?: Array<{ _ref?: string }> }

const describe = (citations: CitationDoc[]) => citations.map((citation) => `“${citation.title ?? ''}” (${citation._id})`).join(', ')

/**
 * Citations that are one source (same DOI, PMID, PMCID or normalised address: `sourceKeys`, the
 * rule the Studio's warning uses). Within a post readers would see the source twice: an error.
 * Across the dataset a citation is meant to be reused rather than re-entered: a warning.
 * Drafts are left out: a draft shares its keys with its own published version.
 */
export function checkDuplicateSources(documents: readonly SanityDocument[]): Problem[] {
  const published = documents.filter((doc) => doc._id === getPublishedId(doc._id))
  const citations = published.filter((doc): doc is CitationDoc => doc._type === 'citation')
  const byId = new Map(citations.map((citation) => [citation._id, citation]))
  const problems: Problem[] = []

  for (const group of duplicateGroups(citations)) {
    const [first, ...others] = group
    for (const other of others) {
      problems.push({
        level: 'warning',
        id: other._id,
        path: 'url',
        message: `The same source as ${describe([first!])}: use that citation instead of a second one.`,
      })
    }
  }

  for (const post of published.filter((doc): doc is PostDoc => doc._type === 'post')) {
    const listed = (post.worksCited ?? []).flatMap((ref) => {
      const citation = ref._ref ? byId.get(ref._ref) : undefined
      return citation ? [citation] : []
    })
    for (const group of duplicateGroups([...new Map(listed.map((citation) => [citation._id, citation])).values()])) {
      problems.push({ level: 'error', id: post._id, path: 'worksCited', message: `Lists one source more than once: ${describe(group)}` })
    }
  }
  return problems
}
