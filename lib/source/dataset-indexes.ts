import type { SanityDocument } from './dataset-file'
import { buildMatchIndex, type MatchIndex } from './match-index'

/**
 * Lookups over one perspective's documents that the query planner uses to *narrow* the
 * documents a filter is run on. Every lookup returns a superset of what the filter can match
 * (the filter still runs on each candidate), in dataset order, so results equal a full scan.
 * Lookups hold positions in `documents`, not documents: narrowing, ordering and counting then
 * read small arrays instead of visiting thousands of documents spread over the heap.
 */
export interface DatasetIndexes {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
  byType: Map<string, number[]>
  bySlug: Map<string, number[]>
  /** `field\0value` / `field._ref\0id`: documents whose top-level array `field` holds that string / a reference to that id. */
  byFieldValue: Map<string, number[]>
  /** The same keys: a further entry for each repeat of the value in one document's array (rare). */
  repeatedFieldValue: Map<string, number[]>
  /** Per top-level field name: 1 at the positions of documents where that field is an array. */
  arrayFields: Map<string, Uint8Array>
  /** Dataset order, to put narrowed candidates back in the order a scan would meet them. */
  position: Map<SanityDocument, number>
  /** False when two documents share an _id: then a document cannot be recovered from its id. */
  uniqueIds: boolean
  sorted: (path: string[]) => SortedIndex
  /** Tokens of one expression of every document, built the first time a `match` needs it. */
  matchIndex: (key: string, valueOf: (doc: SanityDocument) => unknown) => MatchIndex
  /** A value derived from one document alone (by the expression `key`), computed once. */
  derived: (key: string, doc: SanityDocument, compute: () => unknown) => unknown
}

export const slugKey = (type: string, slug: string) => `${type}\u0000${slug}`
export const fieldValueKey = (field: string, value: string) => `${field}\u0000${value}`

/** Positions ordered the way groq-js's `order(path asc|desc)` orders documents (ties in dataset order). */
export interface SortedIndex {
  asc: number[]
  desc: number[]
  /** By position: equal ranks are equal sort keys, and ranks order as the keys do. */
  rank: Int32Array
  /** By position: the sort key (the value at the path, null when absent). */
  key: unknown[]
}

const push = <K>(map: Map<K, number[]>, key: K, position: number) => {
  const list = map.get(key)
  if (list) list.push(position)
  else map.set(key, [position])
}

export function buildIndexes(documents: SanityDocument[]): DatasetIndexes {
  const byId = new Map<string, SanityDocument>()
  const byType = new Map<string, number[]>()
  const bySlug = new Map<string, number[]>()
  const byFieldValue = new Map<string, number[]>()
  const repeatedFieldValue = new Map<string, number[]>()
  const arrayFields = new Map<string, Uint8Array>()
  const position = new Map<SanityDocument, number>()
  documents.forEach((doc, index) => {
    byId.set(doc._id, doc)
    position.set(doc, index)
    push(byType, doc._type, index)
    const slug = (doc.slug as { current?: unknown } | undefined)?.current
    if (typeof slug === 'string') push(bySlug, slugKey(doc._type, slug), index)
    // Arrays only: `x in field`, `x in field[]._ref` and `field[…]` are never true for anything else.
    for (const field in doc) {
      const value = doc[field]
      if (!Array.isArray(value)) continue
      let isArray = arrayFields.get(field)
      if (!isArray) arrayFields.set(field, (isArray = new Uint8Array(documents.length)))
      isArray[index] = 1
      for (const item of value) {
        const key =
          typeof item === 'string'
            ? fieldValueKey(field, item)
            : item && typeof item === 'object' && typeof (item as { _ref?: unknown })._ref === 'string'
              ? fieldValueKey(`${field}._ref`, (item as { _ref: string })._ref)
              : undefined
        if (key === undefined) continue
        const list = byFieldValue.get(key)
        if (list?.[list.length - 1] === index) push(repeatedFieldValue, key, index)
        else if (list) list.push(index)
        else byFieldValue.set(key, [index])
      }
    }
  })
  const sortedIndexes = new Map<string, SortedIndex>()
  const matchIndexes = new Map<string, MatchIndex>()
  const derivedValues = new Map<string, WeakMap<SanityDocument, unknown>>()
  return {
    documents,
    byId,
    byType,
    bySlug,
    byFieldValue,
    repeatedFieldValue,
    arrayFields,
    position,
    uniqueIds: byId.size === documents.length,
    sorted(path) {
      const name = path.join('.')
      let index = sortedIndexes.get(name)
      if (!index) sortedIndexes.set(name, (index = buildSortedIndex(documents, path)))
      return index
    },
    derived(key, doc, compute) {
      let values = derivedValues.get(key)
      if (!values) derivedValues.set(key, (values = new WeakMap()))
      if (!values.has(doc)) values.set(doc, compute())
      return values.get(doc)
    },
    matchIndex(key, valueOf) {
      let index = matchIndexes.get(key)
      if (!index) matchIndexes.set(key, (index = buildMatchIndex(documents, valueOf)))
      return index
    },
  }
}

/** What groq-js's attribute access gives: only own fields of objects (not arrays), else null. */
export function valueAtPath(doc: unknown, path: string[]): unknown {
  let value = doc
  for (const name of path) {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, name)) return null
    value = (value as Record<string, unknown>)[name]
  }
  return value === undefined ? null : value
}

// groq-js's totalCompare for JSON values: numbers before strings before booleans, everything
// else (null, objects, arrays) last and equal to each other.
const typeRank = (value: unknown) => (typeof value === 'number' ? 2 : typeof value === 'string' ? 3 : typeof value === 'boolean' ? 4 : 100)

export function totalCompare(a: unknown, b: unknown): number {
  const rankA = typeRank(a)
  const rankB = typeRank(b)
  if (rankA !== rankB) return rankA - rankB
  if (rankA === 2 || rankA === 4) return (a as number) - (b as number)
  if (rankA === 3) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
  return 0
}

function buildSortedIndex(documents: SanityDocument[], path: string[]): SortedIndex {
  const key = documents.map((doc) => valueAtPath(doc, path))
  // Array.prototype.sort is stable: equal keys stay in dataset order, as groq-js leaves them.
  const asc = documents.map((_, position) => position).sort((a, b) => totalCompare(key[a], key[b]))
  const rank = new Int32Array(documents.length)
  asc.forEach((position, i) => (rank[position] = i > 0 && totalCompare(key[asc[i - 1]!], key[position]) === 0 ? rank[asc[i - 1]!]! : i))
  const desc = documents.map((_, position) => position).sort((a, b) => rank[b]! - rank[a]! || a - b)
  return { asc, desc, rank, key }
}
