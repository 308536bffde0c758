import type { RetractionStatus } from '../../lib/references/retractions/display'

/** The badge a citation (or a post citing it) wears: red for a retraction, amber for a concern or correction. */
export function retractionBadge(statuses: readonly RetractionStatus[], subject: 'citation' | 'post') {
  const retracted = statuses.filter((status) => status === 'retracted').length
  if (retracted > 0) {
    return {
      label: subject === 'citation' ? 'Retracted' : `Cites ${retracted} retracted source${retracted === 1 ? '' : 's'}`,
      color: 'danger' as const,
      title: 'Crossref or PubMed lists a retraction notice; see the works-cited entry and decide what the text should say.',
    }
  }
  if (statuses.includes('expression-of-concern')) {
    return { label: 'Expression of concern', color: 'warning' as const, title: 'A cited work is under an expression of concern.' }
  }
  if (subject === 'citation' && statuses.includes('corrected')) {
    return { label: 'Corrected', color: 'primary' as const, title: 'The cited work has a published correction.' }
  }
  return null
}
