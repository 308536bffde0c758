/**
 * Numbers a post's works cited and its inline markers by first citation in the body (reading
 * order): the first source the text cites is [1], the list follows that order, and sources listed
 * but never cited come after them as further reading. Each marker gets an anchor id so the
 * works-cited entry can link back to every place it was cited.
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
  /** 1…n for the cited sources in reading order; further reading continues the count (for its ids only). */
  number: number
  /** The text cites it; `false`: listed under further reading. */
  cited: boolean
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

type Span = { _type?: string; marks?: unknown }

/** The keys of a block's marks in reading order: span by span, each span's marks in order. */
function marksInReadingOrder(block: Block): string[] {
  const children = Array.isArray(block.children) ? (block.children as Span[]) : []
  return children.flatMap((child) =>
    Array.isArray(child?.marks) ? child.marks.filter((mark): mark is string => typeof mark === 'string') : [],
  )
}

export function numberCitations<C extends { _id: string }, B extends Block>(
  worksCited: C[],
  body: B[],
): { body: B[]; citations: NumberedCitation<C>[] } {
  const listed = new Map<string, C>()
  for (const citation of worksCited) if (!listed.has(citation._id)) listed.set(citation._id, citation) // listed twice: once
  const byId = new Map<string, NumberedCitation<C>>()
  const cite = (id: string) => {
    let entry = byId.get(id)
    if (!entry) {
      const number = byId.size + 1
      entry = { number, cited: true, anchorId: citationAnchorId(number), citation: listed.get(id)!, backlinks: [] }
      byId.set(id, entry)
    }
    return entry
  }

  const numberedBody = body.map((block) => {
    if (!Array.isArray(block.markDefs) || !block.markDefs.some((def) => def._type === 'citationRef')) return block
    const defs = new Map(block.markDefs.map((def) => [def._key, def]))
    // A marker's place in the text is its first span; a def no span uses still counts, after them.
    const order = [...new Set([...marksInReadingOrder(block), ...defs.keys()])]
    const numbered = new Map<string, CitationRefDef>()
    for (const key of order) {
      const def = defs.get(key)
      if (def?._type !== 'citationRef' || numbered.has(key)) continue
      const ref = (def as unknown as CitationRefDef).citation?._ref
      if (!ref || !listed.has(ref)) {
        numbered.set(key, { ...(def as unknown as CitationRefDef), number: null })
        continue
      }
      const entry = cite(ref)
      const anchorId = citationUseId(entry.number, entry.backlinks.length + 1)
      entry.backlinks.push(anchorId)
      numbered.set(key, { ...(def as unknown as CitationRefDef), number: entry.number, anchorId })
    }
    const markDefs = block.markDefs.map((def) => numbered.get(def._key) ?? def)
    return { ...block, markDefs }
  })

  const cited = [...byId.values()]
  const furtherReading = [...listed.values()]
    .filter((citation) => !byId.has(citation._id))
    .map((citation, index): NumberedCitation<C> => {
      const number = cited.length + index + 1
      return { number, cited: false, anchorId: citationAnchorId(number), citation, backlinks: [] }
    })
  return { body: numberedBody, citations: [...cited, ...furtherReading] }
}
