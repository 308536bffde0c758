/**
 * Numbers a post's works cited and its inline markers by first citation in the body (reading
 * order): the first source the text cites is [1], the list follows that order, and sources listed
 * but never cited come after them as further reading. Each marker gets an anchor id so the
 * works-cited entry can link back to every place it was cited.
 */

import { buildMarksTree } from '@portabletext/toolkit'

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

type MarksNode = { _type: string; markKey?: string; markDef?: { _type?: string }; children?: MarksNode[] }

/**
 * The keys of a block's citation markers in the order a reader meets them: the order the page
 * renders them (@portabletext/react nests marks with this same tree, and a marker follows the
 * words it marks, so an outer marker comes after the inner ones of the same words).
 */
function markersInReadingOrder(block: Block): string[] {
  const keys: string[] = []
  const walk = (nodes: MarksNode[]) => {
    for (const node of nodes) {
      if (node._type !== '@span') continue
      walk(node.children ?? [])
      if (node.markDef?._type === 'citationRef' && node.markKey) keys.push(node.markKey)
    }
  }
  walk(buildMarksTree(block as unknown as Parameters<typeof buildMarksTree>[0]) as MarksNode[])
  return keys
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
    // A def no span uses renders nothing; it still counts, after the rendered ones.
    const order = [...new Set([...markersInReadingOrder(block), ...defs.keys()])]
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
