import { evaluateSync, type DereferenceFunction, type ExprNode } from 'groq-js'
import type { SanityDocument } from './dataset-file'
import { fieldValueKey, slugKey, type DatasetIndexes, type SortedIndex } from './dataset-indexes'
import { bindOuterScopes, mapChildren, scopesRead, type Node, type ScopePosition } from './query-scopes'

export { buildIndexes, type DatasetIndexes } from './dataset-indexes'

/**
 * A query planner for groq-js, which otherwise runs every `*[…]` over every document, once per
 * row it appears in. Each subquery `*[filter]`, optionally `| order(…)` and `[a...b]` / `[i]`
 * (or inside `count()`), is run here instead:
 *
 * - *narrowed*: it starts from the documents the filter's conditions allow — `_id == x`,
 *   `_type == t` (+ `slug.current`), `x in field[]._ref`, `x in field`, `count(field[@._ref in
 *   list]) > 0`, `path < x` (and `>`, `<=`, `>=`), and `||` of those — looked up in indexes;
 * - *ordered*: `order(path …)[a...b]` walks an index kept sorted the way groq-js sorts and
 *   stops once b documents passed the filter (plus any that tie with the last one);
 * - *correlated*: a subquery that reads `^` (`*[… ^._id in categories[]._ref]` inside a
 *   category row) is run per row with `^` bound to that row's document, so the two points above
 *   apply to it too. groq-js calls back through `dereference` (the only hook it has) with a key
 *   naming the subquery and the rows' document ids.
 *
 * The filter, the order and the slice themselves always run in groq-js on the candidates, so
 * results are exactly a full scan's; only documents that could never match are skipped.
 */

/** What a scope's value is known to be: one of the view's own documents, or anything. */
type ScopeKind = 'document' | 'other'

interface PlanContext {
  /** Kind of the scope at each depth (0 = root). */
  kinds: ScopeKind[]
  position: ScopePosition
}

/** A `*[filter] | order(…)[slice]` subquery, as found in the tree. */
interface Subquery {
  node: Node
  filter: Node
  order?: Node
  /** How many ordered results are needed (slice end or element index + 1). */
  needed?: number
  count?: boolean
}

const PLAN_KEY = '\u0000plan\u0000'

export interface QueryRun {
  tree: ExprNode
  dereference: DereferenceFunction
}

/** Plans a parsed query (params already bound by `parse`) for evaluation over a view. */
export function planQuery(tree: ExprNode, indexes: DatasetIndexes, params: Record<string, unknown> = {}): QueryRun {
  const correlated: { subquery: Subquery; at: ScopePosition; outer: number[] }[] = []

  // Subquery results come back through groq-js's `dereference` hook, typed for documents.
  const dereference = ((reference: { _ref: string }): unknown => {
    if (!reference._ref.startsWith(PLAN_KEY)) return indexes.byId.get(reference._ref) ?? null
    const [planId, ...ids] = reference._ref.slice(PLAN_KEY.length).split('\u0000')
    const plan = correlated[Number(planId)]
    if (!plan) return null
    const values = new Map<number, unknown>(plan.outer.map((depth, i) => [depth, indexes.byId.get(ids[i]!) ?? null]))
    return runSubquery(matchSubquery(bindOuterScopes(plan.subquery.node, plan.at, values))!, indexes, params, dereference)
  }) as DereferenceFunction

  const visit = (node: Node, context: PlanContext): Node => {
    if (node.type === 'Value') return node // literal data is never rewritten
    const subquery = matchSubquery(node)
    const read = subquery && scopesRead(node, context.position)
    if (subquery && read) {
      const outer = [...read].filter((depth) => depth <= context.position.depth).sort((a, b) => a - b)
      if (outer.length === 0) {
        // Reads nothing from the rows around it: a constant, run once now.
        return { type: 'Value', value: runSubquery(subquery, indexes, params, dereference) } as Node
      }
      if (indexes.uniqueIds && outer.every((depth) => context.kinds[depth] === 'document')) {
        correlated.push({ subquery, at: context.position, outer })
        return correlatedCall(correlated.length - 1, outer, context.position.depth)
      }
    }
    // Unknown node types are left as they are, unplanned inside.
    return mapChildren(node, context.position, (child, position) => visit(child, childContext(node, child, context, position))) ?? node
  }

  const planned = visit(tree as Node, { kinds: ['other'], position: { depth: 0, hidden: false } })
  return { tree: planned as ExprNode, dereference }
}

/** The context a child is evaluated in: its parent's, or a scope the parent opens for it. */
function childContext(parent: Node, child: Node, context: PlanContext, position: ScopePosition): PlanContext {
  const base = parent.base as Node | undefined
  const opensScope =
    (['Filter', 'Projection', 'Map', 'FlatMap'].includes(parent.type as string) && child === parent.expr) ||
    (parent.type === 'PipeFuncCall' && (parent.args as Node[]).includes(child))
  if (!opensScope || !base) return { kinds: context.kinds, position }
  // A projection's scope holds its base's value; the others' hold each element of their base.
  const kind: ScopeKind =
    parent.type === 'Projection'
      ? valueKind(base, context) === 'document' ? 'document' : 'other'
      : valueKind(base, context) === 'documents' ? 'document' : 'other'
  const kinds = context.kinds.slice(0, position.depth)
  kinds[position.depth] = kind
  return { kinds, position }
}

/** Whether a node evaluates to the view's own documents (or one of them), as stored. */
function valueKind(node: Node, context: PlanContext): 'documents' | 'document' | 'other' {
  switch (node.type) {
    case 'Everything':
      return 'documents'
    case 'Filter':
    case 'Slice':
      return valueKind(node.base as Node, context) === 'documents' ? 'documents' : 'other'
    case 'PipeFuncCall':
      return node.name === 'order' && valueKind(node.base as Node, context) === 'documents' ? 'documents' : 'other'
    case 'AccessElement':
      return valueKind(node.base as Node, context) === 'documents' ? 'document' : 'other'
    case 'Deref':
      return 'document'
    case 'This':
      return context.kinds[context.position.depth] === 'document' ? 'document' : 'other'
    case 'Group':
      return valueKind(node.base as Node, context)
    default:
      return 'other'
  }
}

/** `dereference({_ref: PLAN_KEY + id + "\0" + ^._id …})`: groq-js hands us the rows' ids. */
function correlatedCall(planId: number, outer: number[], depth: number): Node {
  let key: Node = { type: 'Value', value: `${PLAN_KEY}${planId}` } as Node
  for (const target of outer) {
    const scope = (target === depth ? { type: 'This' } : { type: 'Parent', n: depth - target }) as Node
    const id = { type: 'AccessAttribute', base: scope, name: '_id' } as Node
    key = { type: 'OpCall', op: '+', left: { type: 'OpCall', op: '+', left: key, right: { type: 'Value', value: '\u0000' } }, right: id } as Node
  }
  return {
    type: 'Deref',
    base: { type: 'Object', attributes: [{ type: 'ObjectAttributeValue', name: '_ref', value: key }] },
  } as Node
}

function matchSubquery(node: Node): Subquery | undefined {
  const isScan = (candidate: Node | undefined): boolean => candidate?.type === 'Filter' && (candidate.base as Node).type === 'Everything'
  if (isScan(node)) return { node, filter: node }
  if (node.type === 'FuncCall' && node.name === 'count' && (node.args as Node[]).length === 1 && isScan((node.args as Node[])[0])) {
    return { node, filter: (node.args as Node[])[0]!, count: true }
  }
  const sliced = (base: Node, needed: number | undefined): Subquery | undefined => {
    if (isScan(base)) return { node, filter: base, needed }
    if (base.type === 'PipeFuncCall' && base.name === 'order' && isScan(base.base as Node)) {
      return { node, filter: base.base as Node, order: base, needed }
    }
    return undefined
  }
  if (node.type === 'PipeFuncCall' && node.name === 'order' && isScan(node.base as Node)) {
    return { node, filter: node.base as Node, order: node }
  }
  if (node.type === 'Slice' && (node.left as number) >= 0 && (node.right as number) >= 0) {
    return sliced(node.base as Node, (node.right as number) + (node.isInclusive ? 1 : 0))
  }
  if (node.type === 'AccessElement' && (node.index as number) >= 0) return sliced(node.base as Node, (node.index as number) + 1)
  return undefined
}

/** Runs a subquery that reads no outer scope: narrowed, and walked in order when sliced. */
function runSubquery(
  subquery: Subquery,
  indexes: DatasetIndexes,
  params: Record<string, unknown>,
  dereference: DereferenceFunction,
): unknown {
  const evaluate = (tree: Node) => evaluateSync(tree as ExprNode, { dataset: indexes.documents, params, dereference }).data
  const constant = constantIn(evaluate)
  const withCandidates = (candidates: SanityDocument[]) =>
    replaceNode(subquery.node, subquery.filter, { ...subquery.filter, base: { type: 'Value', value: candidates } } as Node)

  const candidates = narrow(subquery.filter.expr as Node, indexes, constant) ?? indexes.documents
  const sortPath = subquery.order ? orderPath(subquery.order) : []
  if (subquery.needed === undefined || !sortPath) return evaluate(withCandidates(candidates))

  // Walk the candidates in the order's first key (or dataset order) and stop once enough pass.
  const sorted = sortPath.length > 0 ? inSortedOrder(candidates, indexes.sorted(sortPath), orderDescending(subquery.order!), indexes) : candidates
  const rank = sortPath.length > 0 ? indexes.sorted(sortPath).rank : undefined
  const matches: unknown[] = []
  let start = 0
  let chunk = Math.max(8, subquery.needed * 2)
  while (start < sorted.length && matches.length < subquery.needed) {
    let end = Math.min(sorted.length, start + chunk)
    // Documents tying with the last one on the first key may sort before it on the next keys.
    while (rank && end < sorted.length && rank.get(sorted[end]!) === rank.get(sorted[end - 1]!)) end++
    const passed = evaluate({ ...subquery.filter, base: { type: 'Value', value: sorted.slice(start, end) } } as Node)
    matches.push(...(passed as unknown[]))
    start = end
    chunk *= 4
  }
  // The walk's matches hold the first `needed` in order; order and slice them in groq-js.
  return evaluate(replaceNode(subquery.node, subquery.filter, { type: 'Value', value: matches } as Node))
}

function replaceNode(tree: Node, target: Node, replacement: Node): Node {
  const walk = (value: unknown): unknown => {
    if (value === target) return replacement
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object' || (value as Node).type === 'Value') return value
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child)]))
  }
  return walk(tree) as Node
}

/** `order(a.b desc, …)`: the first key's attribute path ([] for none we can index). */
function orderPath(order: Node): string[] | undefined {
  const first = (order.args as Node[])[0]
  if (!first) return undefined
  const key = first.type === 'Asc' || first.type === 'Desc' ? (first.base as Node) : first
  return attributePath(key)
}

const orderDescending = (order: Node) => (order.args as Node[])[0]!.type === 'Desc'

function inSortedOrder(candidates: SanityDocument[], index: SortedIndex, descending: boolean, indexes: DatasetIndexes) {
  const all = descending ? index.desc : index.asc
  if (candidates === indexes.documents) return all
  const wanted = new Set(candidates)
  return all.filter((doc) => wanted.has(doc))
}

/** `a.b.c` read from the current document, as a path; undefined for anything else. */
function attributePath(node: Node): string[] | undefined {
  if (node.type !== 'AccessAttribute') return undefined
  if (!node.base || (node.base as Node).type === 'This') return [node.name as string]
  const base = attributePath(node.base as Node)
  return base ? [...base, node.name as string] : undefined
}

type Constant = (node: Node) => { value: unknown } | undefined

/** A node's value when it reads no scope it does not open itself (`["a", "b"]`, `$p`, a bound `^._id`). */
const constantIn =
  (evaluate: (tree: Node) => unknown): Constant =>
  (node) => {
    if (node.type === 'Value') return { value: node.value }
    const read = scopesRead(node, { depth: 0, hidden: false })
    return read && [...read].every((depth) => depth > 0) ? { value: evaluate(node) } : undefined
  }

/** The documents a `*[filter]` at the top of a query would be run on (undefined: all of them). */
export function filterCandidates(query: ExprNode, indexes: DatasetIndexes): SanityDocument[] | undefined {
  const filter = query as Node
  if (filter.type !== 'Filter') throw new Error('filterCandidates: expected *[…]')
  const evaluate = (tree: Node) => evaluateSync(tree as ExprNode, { dataset: indexes.documents }).data
  return narrow(filter.expr as Node, indexes, constantIn(evaluate))
}

function conjuncts(expr: Node): Node[] {
  return expr.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** The fewest candidates any one condition allows, in dataset order; undefined for "all". */
function narrow(expr: Node, indexes: DatasetIndexes, constant: Constant): SanityDocument[] | undefined {
  const parts = conjuncts(expr)
  const equals = (path: string) => {
    for (const part of parts) {
      const value = comparedTo(part, path, '==', constant)
      if (typeof value === 'string') return value
    }
    return undefined
  }
  const id = equals('_id')
  if (id !== undefined) {
    const doc = indexes.byId.get(id)
    return doc ? [doc] : []
  }
  let best: SanityDocument[] | undefined
  const consider = (candidates: SanityDocument[] | undefined) => {
    if (candidates && (!best || candidates.length < best.length)) best = candidates
  }
  const type = equals('_type')
  if (type !== undefined) {
    const slug = equals('slug.current')
    consider(slug !== undefined ? (indexes.bySlug.get(slugKey(type, slug)) ?? []) : (indexes.byType.get(type) ?? []))
  }
  for (const part of parts) consider(candidatesFor(part, indexes, constant))
  return best
}

/** Candidates for one condition (not `_id`/`_type`, handled above). */
function candidatesFor(part: Node, indexes: DatasetIndexes, constant: Constant): SanityDocument[] | undefined {
  if (part.type === 'Or') {
    const left = candidatesFor(part.left as Node, indexes, constant) ?? narrow(part.left as Node, indexes, constant)
    const right = left && (candidatesFor(part.right as Node, indexes, constant) ?? narrow(part.right as Node, indexes, constant))
    return left && right ? union([left, right], indexes) : undefined
  }
  if (part.type !== 'OpCall') return undefined
  const [left, right] = [part.left as Node, part.right as Node]
  const field = (values: unknown, path: string) => {
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) return undefined
    return union(values.map((value) => indexes.byFieldValue.get(fieldValueKey(path, value as string)) ?? []), indexes)
  }
  // x in field[]._ref  /  x in field
  if (part.op === 'in') {
    const value = constant(left)?.value
    if (typeof value !== 'string') return undefined
    const refs = referencesField(right)
    if (refs) return indexes.byFieldValue.get(fieldValueKey(`${refs}._ref`, value)) ?? []
    const path = attributePath(right)
    if (path?.length === 1) return indexes.byFieldValue.get(fieldValueKey(path[0]!, value)) ?? []
    return undefined
  }
  // count(field[@._ref in list]) > 0  /  count(field[@ in list]) > 0
  if (part.op === '>' && right.type === 'Value' && right.value === 0 && left.type === 'FuncCall' && left.name === 'count') {
    const filter = (left.args as Node[])[0]
    const path = filter?.type === 'Filter' ? attributePath(filter.base as Node) : undefined
    const condition = filter?.expr as Node | undefined
    if (!path || path.length !== 1 || condition?.type !== 'OpCall' || condition.op !== 'in') return undefined
    const element = condition.left as Node
    const list = constant(condition.right as Node)?.value
    if (element.type === 'This') return field(list, path[0]!)
    if (element.type === 'AccessAttribute' && element.name === '_ref' && (element.base as Node | undefined)?.type === 'This') {
      return field(list, `${path[0]}._ref`)
    }
    return undefined
  }
  // path < x (and >, <=, >=), either way round
  if (['<', '<=', '>', '>='].includes(part.op as string)) {
    for (const [attribute, other, op] of [
      [left, right, part.op],
      [right, left, flip[part.op as string]],
    ] as const) {
      const path = attributePath(attribute)
      const value = path && constant(other)?.value
      if (path && typeof value === 'string') return inRange(indexes.sorted(path), op as string, value, indexes)
    }
  }
  return undefined
}

const flip: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' }

/** Documents whose key is a string on the right side of `value` (partialCompare: strings only). */
function inRange(index: SortedIndex, op: string, value: string, indexes: DatasetIndexes): SanityDocument[] {
  const passes = (key: unknown) =>
    typeof key === 'string' && (op === '<' ? key < value : op === '<=' ? key <= value : op === '>' ? key > value : key >= value)
  return inDatasetOrder(index.asc.filter((doc) => passes(index.key.get(doc))), indexes)
}

/** `field[]._ref` as the field's name (a top-level array of references). */
function referencesField(node: Node): string | undefined {
  if (node.type !== 'Map') return undefined
  const base = node.base as Node
  const expr = node.expr as Node
  if (base.type !== 'ArrayCoerce' || expr.type !== 'AccessAttribute' || expr.name !== '_ref' || (expr.base as Node | undefined)?.type !== 'This') return undefined
  const path = attributePath(base.base as Node)
  return path?.length === 1 ? path[0] : undefined
}

/** Assumes `comparedTo(part, "a.b", "==")`: the constant `a.b` is compared with, if any. */
function comparedTo(part: Node, path: string, op: string, constant: Constant): unknown {
  if (part.type !== 'OpCall' || part.op !== op) return undefined
  for (const [attribute, other] of [
    [part.left, part.right],
    [part.right, part.left],
  ] as [Node, Node][]) {
    if (attributePath(attribute)?.join('.') === path) {
      const value = constant(other)
      if (value) return value.value
    }
  }
  return undefined
}

function union(lists: SanityDocument[][], indexes: DatasetIndexes): SanityDocument[] {
  if (lists.length === 1) return lists[0]!
  return inDatasetOrder([...new Set(lists.flat())], indexes)
}

function inDatasetOrder(docs: SanityDocument[], indexes: DatasetIndexes): SanityDocument[] {
  return docs.sort((a, b) => indexes.position.get(a)! - indexes.position.get(b)!)
}
