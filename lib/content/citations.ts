/**
 * Numbers a post's works cited and its inline markers. A marker's number is the 1-based position
 * of its citation in `worksCited`; each marker gets an anchor id so the works-cited entry can
 * link back to every place it was cited.
 */

export interface CitationRefDef {
  _type: 'citationRef'
  _key: string
  citation?: { _ref?: string }
  /** Set here: the marker's number, or null when the citation is not in the works cited. */
  number?: number | null
  /** Set here: the id of the marker element, the target of the entry's back-link. */
  anchorId?: string
}

export interface NumberedCitation<C> {
  number: number
  anchorId: string
  citation: C
  /** Anchor ids of the markers that cite this entry, in reading order. */
  backlinks: string[]
}

export const citationAnchorId = (number: number) => `cite-${number}`
/** The id of the `use`-th marker (1-based, in reading order) that cites entry `number`. */
export const citationUseId = (number: number, use: number) => `${citationAnchorId(number)}-ref-${use}`
/** The works-cited title's id: markers and archive links name the source by reference to it rather than repeat it. */
export const citationTitleId = (number: number) => `cite-${number}-title`

/** Back-link labels for an entry cited several times: a, b, c … z, aa, ab … */
export function backlinkLabel(index: number): string {
  let label = ''
  let n = index
  do {
    label = String.fromCharCode(97 + (n % 26)) + label
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return label
}

type Block = { _type: string; markDefs?: Array<{ _type: string; _key: string; [key: string]: unknown }>; [key: string]: unknown }

export function numberCitations<C extends { _id: string }, B extends Block>(
  worksCited: C[],
  body: B[],
): { body: B[]; citations: NumberedCitation<C>[] } {
  const citations: NumberedCitation<C>[] = []
  const byId = new Map<string, NumberedCitation<C>>()
  for (const citation of worksCited) {
    if (byId.has(citation._id)) continue // listed twice: keep the first number
    const number = citations.length + 1
    const entry = { number, anchorId: citationAnchorId(number), citation, backlinks: [] }
    citations.push(entry)
    byId.set(citation._id, entry)
  }

  const numberedBody = body.map((block) => {
    if (!Array.isArray(block.markDefs) || !block.markDefs.some((def) => def._type === 'citationRef')) return block
    const markDefs = block.markDefs.map((def) => {
      if (def._type !== 'citationRef') return def
      const ref = (def as CitationRefDef).citation?._ref
      const entry = ref ? byId.get(ref) : undefined
      if (!entry) return { ...def, number: null }
      const anchorId = citationUseId(entry.number, entry.backlinks.length + 1)
      entry.backlinks.push(anchorId)
      return { ...def, number: entry.number, anchorId }
    })
    return { ...block, markDefs }
  })

  return { body: numberedBody, citations }
}
