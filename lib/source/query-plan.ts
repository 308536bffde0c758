import type { ExprNode } from 'groq-js'
import type { SanityDocument } from './dataset-file'

/**
 * A small query planner for groq-js, which otherwise scans every document for every `*[…]`.
 * A filter over the whole dataset whose conditions include `_id == "x"`, `_type == "t"` or
 * `_type == "t" && slug.current == "s"` starts from those documents only (looked up in
 * indexes built once per dataset). The full filter still runs on them, so results are exactly
 * what a scan would give; only the documents that could never match are skipped.
 */

export interface DatasetIndexes {
  byId: Map<string, SanityDocument>
  byType: Map<string, SanityDocument[]>
  bySlug: Map<string, SanityDocument[]>
}

const slugKey = (type: string, slug: string) => `${type}\u0000${slug}`

export function buildIndexes(documents: SanityDocument[]): DatasetIndexes {
  const byId = new Map<string, SanityDocument>()
  const byType = new Map<string, SanityDocument[]>()
  const bySlug = new Map<string, SanityDocument[]>()
  for (const doc of documents) {
    byId.set(doc._id, doc)
    const ofType = byType.get(doc._type) ?? []
    ofType.push(doc)
    byType.set(doc._type, ofType)
    const slug = (doc.slug as { current?: unknown } | undefined)?.current
    if (typeof slug === 'string') {
      const key = slugKey(doc._type, slug)
      bySlug.set(key, [...(bySlug.get(key) ?? []), doc])
    }
  }
  return { byId, byType, bySlug }
}

type Node = ExprNode & Record<string, unknown>

function conjuncts(expr: Node): Node[] {
  return expr.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** `attribute == "literal"` (either side), where attribute is a path like `slug.current`. */
function equalsLiteral(expr: Node, path: string): string | undefined {
  if (expr.type !== 'OpCall' || expr.op !== '==') return undefined
  const [left, right] = [expr.left as Node, expr.right as Node]
  for (const [attribute, value] of [[left, right], [right, left]] as const) {
    if (value.type === 'Value' && typeof value.value === 'string' && attributePath(attribute) === path) return value.value
  }
  return undefined
}

function attributePath(node: Node): string | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  if (!node.base) return node.name as string
  const base = attributePath(node.base as Node)
  return base ? `${base}.${node.name as string}` : undefined
}

function candidatesFor(expr: Node, indexes: DatasetIndexes): SanityDocument[] | undefined {
  const parts = conjuncts(expr)
  const id = parts.map((part) => equalsLiteral(part, '_id')).find((value) => value !== undefined)
  if (id !== undefined) {
    const doc = indexes.byId.get(id)
    return doc ? [doc] : []
  }
  const type = parts.map((part) => equalsLiteral(part, '_type')).find((value) => value !== undefined)
  if (type === undefined) return undefined
  const slug = parts.map((part) => equalsLiteral(part, 'slug.current')).find((value) => value !== undefined)
  if (slug !== undefined) return indexes.bySlug.get(slugKey(type, slug)) ?? []
  return indexes.byType.get(type) ?? []
}

/** Returns a copy of the tree where whole-dataset filters start from their indexed candidates. */
export function planQuery(tree: ExprNode, indexes: DatasetIndexes): ExprNode {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit)
    if (!value || typeof value !== 'object') return value
    const node = value as Node
    if (node.type === 'Value') return node // literal data is never rewritten
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(node)) out[key] = visit(child)
    if (node.type === 'Filter' && (node.base as Node).type === 'Everything') {
      const candidates = candidatesFor(node.expr as Node, indexes)
      if (candidates) out.base = { type: 'Value', value: candidates }
    }
    return out
  }
  return visit(tree) as ExprNode
}
