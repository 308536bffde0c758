import type { SanityDocument } from './dataset-file'
import { buildMatchIndex, type MatchIndex } from './match-index'

/**
 * Lookups over one perspective's documents that the query planner uses to *narrow* the
 * documents a filter is run on. Every lookup returns a superset of what the filter can match
 * (the filter still runs on each candidate), in dataset order, so results equal a full scan.
 */
export interface DatasetIndexes {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument>
  byType: Map<string, SanityDocument[]>
  bySlug: Map<string, SanityDocument[]>
  /** `field\0value` / `field._ref\0id`: documents whose top-level array `field` holds that string / a reference to that id. */
  byFieldValue: Map<string, SanityDocument[]>
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

/** Documents ordered the way groq-js's `order(path asc|desc)` orders them (ties in dataset order). */
export interface SortedIndex {
  asc: SanityDocument[]
  desc: SanityDocument[]
  /** Equal ranks are equal sort keys. */
  rank: Map<SanityDocument, number>
  /** The sort key of each document (the value at the path, null when absent). */
  key: Map<SanityDocument, unknown>
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) {
    if (list[list.length - 1] !== value) list.push(value)
  } else map.set(key, [value])
}

export function buildIndexes(documents: SanityDocument[]): DatasetIndexes {
  const byId = new Map<string, SanityDocument>()
  const byType = new Map<string, SanityDocument[]>()
  const bySlug = new Map<string, SanityDocument[]>()
  const byFieldValue = new Map<string, SanityDocument[]>()
  const position = new Map<SanityDocument, number>()
  documents.forEach((doc, index) => {
    byId.set(doc._id, doc)
    position.set(doc, index)
    push(byType, doc._type, doc)
    const slug = (doc.slug as { current?: unknown } | undefined)?.current
    if (typeof slug === 'string') push(bySlug, slugKey(doc._type, slug), doc)
    // Arrays only: `x in field`, `x in field[]._ref` and `field[…]` are never true for anything else.
    for (const [field, value] of Object.entries(doc)) {
      if (!Array.isArray(value)) continue
      for (const item of value) {
        if (typeof item === 'string') push(byFieldValue, fieldValueKey(field, item), doc)
        else if (item && typeof item === 'object' && typeof (item as { _ref?: unknown })._ref === 'string') {
          push(byFieldValue, fieldValueKey(`${field}._ref`, (item as { _ref: string })._ref), doc)
        }
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
const typeRank = (value: unknown) =>
  typeof value === 'number' ? 2 : typeof value === 'string' ? 3 : typeof value === 'boolean' ? 4 : 100

export function totalCompare(a: unknown, b: unknown): number {
  const rankA = typeRank(a)
  const rankB = typeRank(b)
  if (rankA !== rankB) return rankA - rankB
  if (rankA === 2 || rankA === 4) return (a as number) - (b as number)
  if (rankA === 3) return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0
  return 0
}

function buildSortedIndex(documents: SanityDocument[], path: string[]): SortedIndex {
  const key = new Map<SanityDocument, unknown>()
  for (const doc of documents) key.set(doc, valueAtPath(doc, path))
  // Array.prototype.sort is stable: equal keys stay in dataset order, as groq-js leaves them.
  const asc = [...documents].sort((a, b) => totalCompare(key.get(a), key.get(b)))
  const rank = new Map<SanityDocument, number>()
  asc.forEach((doc, i) => rank.set(doc, i > 0 && totalCompare(key.get(asc[i - 1]!), key.get(doc)) === 0 ? rank.get(asc[i - 1]!)! : i))
  const desc = [...documents].sort((a, b) => rank.get(b)! - rank.get(a)!)
  return { asc, desc, rank, key }
}
