import { evaluateSync, type DereferenceFunction, type ExprNode } from 'groq-js'
import type { SanityDocument } from './dataset-file'
import { fieldValueKey, slugKey, totalCompare, valueAtPath, type DatasetIndexes, type SortedIndex } from './dataset-indexes'
import { matchPatternRegex, patternFrequencies, type MatchIndex } from './match-index'
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
 *   stops once b documents passed the filter (plus any that tie with the last one); keys that
 *   are not a plain attribute (related-post scores, counted from the field-value index;
 *   `score()`'s `_score`, from a token index of the matched text) are computed here to choose
 *   the walk's order, and a short slice keeps only its first rows;
 * - *correlated*: a subquery that reads `^` (`*[… ^._id in categories[]._ref]` inside a
 *   category row) is run per row with `^` bound to that row's document, so the two points above
 *   apply to it too. groq-js calls back through `dereference` (the only hook it has) with a key
 *   naming the subquery and the rows' document ids.
 *
 * The order and the slice themselves run in groq-js on the candidates, so results are exactly
 * a full scan's; only documents that could never match are skipped. Three things are computed
 * here outright, with groq-js's semantics and a fallback to it for anything else: a filter
 * whose condition compiles (compileNative), a whole unsliced order and a simple projection of a
 * constant list (the sitemap's rows). A post card's word count is kept per stored document.
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
  /** `| score(…)` between the filter and the order. */
  score?: Node
  order?: Node
  /** How many ordered results are needed (slice end or element index + 1). */
  needed?: number
  count?: boolean
}

const PLAN_KEY = '\u0000plan\u0000'
const DERIVED_KEY = '\u0000derived\u0000'

/**
 * `count(string::split(coalesce(pt::text(body), ""), " "))` on a stored document (a post card's
 * word count): it reads the whole body, for every card of every list. It depends on that
 * document alone, so its value is kept per document and computed once per loaded dataset.
 */
function isDocumentTextCount(node: Node, context: PlanContext): boolean {
  if (node.type !== 'FuncCall' || !['count', 'length'].includes(node.name as string)) return false
  if (context.position.hidden || context.kinds[context.position.depth] !== 'document') return false
  const read = scopesRead(node, context.position)
  if (!read || [...read].some((depth) => depth < context.position.depth)) return false
  let readsText = false
  const walk = (child: Node, position: ScopePosition): Node | null => {
    if (child.type === 'FuncCall' && child.namespace === 'pt' && child.name === 'text') readsText = true
    if (child.type === 'Everything' || child.type === 'Context') return null
    return mapChildren(child, position, walk)
  }
  return walk(node, context.position) !== null && readsText
}

export interface QueryRun {
  tree: ExprNode
  dereference: DereferenceFunction
}

/** Plans a parsed query (params already bound by `parse`) for evaluation over a view. */
export function planQuery(tree: ExprNode, indexes: DatasetIndexes, params: Record<string, unknown> = {}): QueryRun {
  const correlated: { subquery: Subquery; at: ScopePosition; outer: number[] }[] = []

  // Subquery results come back through groq-js's `dereference` hook, typed for documents.
  const dereference = ((reference: { _ref: string }): unknown => {
    if (reference._ref.startsWith(DERIVED_KEY)) {
      const [index, id] = reference._ref.slice(DERIVED_KEY.length).split('\u0000')
      const node = derived[Number(index)]!
      const doc = indexes.byId.get(id!)
      return indexes.derived(
        JSON.stringify(node),
        doc!,
        () => evaluateSync(node as ExprNode, { root: doc, dataset: indexes.documents, params, dereference }).data,
      )
    }
    if (!reference._ref.startsWith(PLAN_KEY)) return indexes.byId.get(reference._ref) ?? null
    const [planId, ...ids] = reference._ref.slice(PLAN_KEY.length).split('\u0000')
    const plan = correlated[Number(planId)]
    if (!plan) return null
    const values = new Map<number, unknown>(plan.outer.map((depth, i) => [depth, indexes.byId.get(ids[i]!) ?? null]))
    return runSubquery(matchSubquery(bindOuterScopes(plan.subquery.node, plan.at, values))!, indexes, params, dereference)
  }) as DereferenceFunction

  const derived: Node[] = []

  const visit = (node: Node, context: PlanContext): Node => {
    if (node.type === 'Value') return node // literal data is never rewritten
    if (isDocumentTextCount(node, context)) {
      derived.push(node)
      return correlatedCall(derived.length - 1, [context.position.depth], context.position.depth, DERIVED_KEY)
    }
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
    const mapped =
      mapChildren(node, context.position, (child, position) => visit(child, childContext(node, child, context, position))) ?? node
    return mapped.type === 'Map' ? (projectConstantList(mapped) ?? mapped) : mapped
  }

  // `<constant list>{…}` (the sitemap's rows): projected here when the projection compiles.
  const evaluate = (node: Node) => evaluateSync(node as ExprNode, { dataset: indexes.documents, params, dereference }).data
  const projectConstantList = (map: Node): Node | undefined => {
    const base = map.base as Node
    if (base.type !== 'Value' || !Array.isArray(base.value)) return undefined
    const project = compileNative(map.expr as Node, constantIn(evaluate), indexes)
    if (!project) return undefined
    try {
      return { type: 'Value', value: (base.value as unknown[]).map((item) => project(item)) } as Node
    } catch (error) {
      if (error === NOT_COMPUTABLE) return undefined
      throw error
    }
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
      ? valueKind(base, context) === 'document'
        ? 'document'
        : 'other'
      : valueKind(base, context) === 'documents'
        ? 'document'
        : 'other'
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
function correlatedCall(planId: number, outer: number[], depth: number, prefix = PLAN_KEY): Node {
  let key: Node = { type: 'Value', value: `${prefix}${planId}` } as Node
  for (const target of outer) {
    const scope = (target === depth ? { type: 'This' } : { type: 'Parent', n: depth - target }) as Node
    const id = { type: 'AccessAttribute', base: scope, name: '_id' } as Node
    key = {
      type: 'OpCall',
      op: '+',
      left: { type: 'OpCall', op: '+', left: key, right: { type: 'Value', value: '\u0000' } },
      right: id,
    } as Node
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
    const scored = base.type === 'PipeFuncCall' && base.name === 'order' ? (base.base as Node) : undefined
    if (scored?.type === 'PipeFuncCall' && scored.name === 'score' && isScan(scored.base as Node)) {
      return { node, filter: scored.base as Node, score: scored, order: base, needed }
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
  // `*[filter]` on some documents: natively when the condition compiles, else in groq-js.
  const condition = compileNative(subquery.filter.expr as Node, constant, indexes)
  const filter = (positions: number[]): unknown[] => {
    const documents = positions.map((position) => indexes.documents[position]!)
    if (condition) {
      try {
        return documents.filter((doc) => condition(doc) === true)
      } catch (error) {
        if (error !== NOT_COMPUTABLE) throw error
      }
    }
    return evaluate({ ...subquery.filter, base: { type: 'Value', value: documents } } as Node) as unknown[]
  }
  const withCandidates = (candidates: number[]) =>
    replaceNode(subquery.node, subquery.filter, { type: 'Value', value: filter(candidates) } as Node)

  const candidates = narrow(subquery.filter.expr as Node, indexes, constant) ?? allPositions(indexes)
  if (subquery.needed === undefined) {
    // A whole ordered list: sorted here when every key can be computed exactly, then filtered.
    const sorted = subquery.order && orderedWalk(subquery, candidates, indexes, constant, { allKeys: true })
    return sorted ? filter(sorted.slice(0, Infinity)) : evaluate(withCandidates(candidates))
  }
  const walk = orderedWalk(subquery, candidates, indexes, constant)
  if (!walk) return evaluate(withCandidates(candidates))

  // Walk the candidates in order and stop once enough pass the filter.
  const matches: unknown[] = []
  let start = 0
  let chunk = subquery.needed! + 4
  while (walk.has(start) && matches.length < subquery.needed!) {
    let end = start + chunk
    // Documents tying with the last one on the walk's key may sort before it on the next keys.
    while (walk.has(end) && walk.tiesWithPrevious(end)) end++
    matches.push(...filter(walk.slice(start, end)))
    start = end
    chunk *= 4
  }
  // The walk's matches hold the first `needed` in order; order and slice them in groq-js.
  return evaluate(replaceNode(subquery.node, subquery.filter, { type: 'Value', value: matches } as Node))
}

/** The candidates' positions in order, read as far as the walk needs them. */
interface Walk {
  has: (i: number) => boolean
  /** Entries [start, end) (fewer at the end). */
  slice: (start: number, end: number) => number[]
  /** Entry i has the same sort key as entry i - 1 (so a cut between them is not safe). */
  tiesWithPrevious: (i: number) => boolean
}

const walkOf = (sorted: number[], tiesWithPrevious: (i: number) => boolean = () => false): Walk => ({
  has: (i) => i < sorted.length,
  slice: (start, end) => sorted.slice(start, end),
  tiesWithPrevious,
})

/**
 * The candidates in the order `order()` would put them in (ties in dataset order, as groq-js's
 * stable sort leaves them): from a sorted index when the first key is an attribute, else from
 * keys computed here when every key is one this file can compute exactly; undefined otherwise.
 */
function orderedWalk(
  subquery: Subquery,
  candidates: number[],
  indexes: DatasetIndexes,
  constant: Constant,
  { allKeys = false } = {},
): Walk | undefined {
  if (!subquery.order) return walkOf(candidates)
  const keys = (subquery.order.args as Node[]).map((arg) => ({
    node: arg.type === 'Asc' || arg.type === 'Desc' ? (arg.base as Node) : arg,
    descending: arg.type === 'Desc',
  }))
  const scoreOf = subquery.score ? computedScore(subquery.score, indexes, constant) : undefined
  if (subquery.score && !scoreOf) return undefined
  // After score(), `_score` is the computed score; every other field is the document's own.
  const keyOf = (node: Node): ((position: number) => unknown) | undefined => {
    const keyPath = attributePath(node)
    if (scoreOf && keyPath?.join('.') === '_score') return scoreOf
    if (keyPath) {
      // Ranks order as the keys do, and are read without visiting the document.
      const { rank } = indexes.sorted(keyPath)
      return (position) => rank[position]
    }
    const counted = countedMatches(node, indexes, constant)
    if (counted) return counted
    const native = compileNative(node, constant, indexes)
    return native && ((position) => native(indexes.documents[position]))
  }
  type Row = { position: number; values: unknown[] }
  /** Each position with its keys[from…]; false when a key is not computable here. */
  const rowsOf = (positions: number[], from: number): Row[] | false => {
    const computed = keys.slice(from).map((key) => keyOf(key.node))
    if (!computed.every((key) => key !== undefined)) return false
    try {
      return positions.map((position) => ({ position, values: computed.map((key) => key!(position)) }))
    } catch (error) {
      if (error === NOT_COMPUTABLE) return false
      throw error
    }
  }
  /** Sorts positions by keys[from…] (ties in dataset order); false when a key is not computable here. */
  const sortBy = (positions: number[], from: number): boolean => {
    const rows = rowsOf(positions, from)
    if (!rows) return false
    rows.sort((a, b) => compareFrom(from, a.values, b.values) || a.position - b.position)
    rows.forEach((row, i) => (positions[i] = row.position))
    return true
  }
  const compareFrom = (from: number, a: unknown[], b: unknown[]) => {
    for (let i = 0; i < a.length; i++) {
      const c = totalCompare(a[i], b[i])
      if (c !== 0) return keys[from + i]!.descending ? -c : c
    }
    return 0
  }

  const path = scoreOf ? undefined : attributePath(keys[0]!.node)
  if (path) {
    const index = indexes.sorted(path)
    const all = keys[0]!.descending ? index.desc : index.asc
    const wanted = candidates.length === indexes.documents.length ? undefined : markPositions(candidates, indexes)
    const tiesIn = (sorted: number[]) => (i: number) => index.rank[sorted[i]!] === index.rank[sorted[i - 1]!]
    if (!allKeys) {
      // Read the index only as far as the walk goes: the newest post of a category is near the top.
      const sorted: number[] = []
      let next = 0
      const has = (i: number) => {
        while (sorted.length <= i && next < all.length) {
          const position = all[next++]!
          if (!wanted || wanted[position] === 1) sorted.push(position)
        }
        return i < sorted.length
      }
      const ties = tiesIn(sorted)
      return { has, slice: (start, end) => (has(end - 1), sorted.slice(start, end)), tiesWithPrevious: (i) => has(i) && ties(i) }
    }
    const sorted = wanted ? all.filter((position) => wanted[position] === 1) : all.slice()
    const tiesWithPrevious = tiesIn(sorted)
    if (keys.length === 1) return walkOf(sorted)
    // The whole list: only runs that tie on the first key are sorted by the next keys.
    for (let start = 0, end = 1; start < sorted.length; start = end, end = start + 1) {
      while (end < sorted.length && tiesWithPrevious(end)) end++
      if (end - start < 2) continue
      const run = sorted.slice(start, end)
      if (!sortBy(run, 1)) return undefined
      sorted.splice(start, run.length, ...run)
    }
    return walkOf(sorted)
  }
  const rows = rowsOf(candidates, 0)
  if (!rows) return undefined
  const order = (a: Row, b: Row) => compareFrom(0, a.values, b.values) || a.position - b.position
  const walkRows = (sorted: Row[]): Walk => ({
    has: (i) => i < sorted.length,
    slice: (start, end) => sorted.slice(start, end).map((row) => row.position),
    tiesWithPrevious: (i) => compareFrom(0, sorted[i]!.values, sorted[i - 1]!.values) === 0,
  })
  if (allKeys) return walkRows(rows.sort(order))
  // A slice of a few (related posts: 6 of ~3,800 candidates): keep only the first few in order,
  // one more to see a tie at the cut, and sort them all only if the walk goes further.
  const first: Row[] = []
  const keep = Math.min(rows.length, subquery.needed! + 5)
  for (const row of rows) {
    if (first.length === keep && order(row, first[keep - 1]!) >= 0) continue
    let at = first.length
    while (at > 0 && order(row, first[at - 1]!) < 0) at--
    first.splice(at, 0, row)
    if (first.length > keep) first.pop()
  }
  let all: Walk | undefined
  const beyond = () => (all ??= walkRows(rows.sort(order)))
  const within = walkRows(first)
  return {
    has: (i) => (i < first.length ? true : beyond().has(i)),
    slice: (start, end) => (end <= first.length ? within.slice(start, end) : beyond().slice(start, end)),
    tiesWithPrevious: (i) => (i < first.length ? within.tiesWithPrevious(i) : beyond().tiesWithPrevious(i)),
  }
}

/**
 * `count(field[@._ref in list])` / `count(field[@ in list])` for a top-level array field and a
 * constant list of strings, and `+` of those (a related post's shared categories and tags):
 * counted from the field-value index, so thousands of candidates are scored without reading
 * them. As groq-js: null where the field is not an array (and so is a sum with a null).
 */
function countedMatches(node: Node, indexes: DatasetIndexes, constant: Constant): ((position: number) => number | null) | undefined {
  if (node.type === 'OpCall' && node.op === '+') {
    const left = countedMatches(node.left as Node, indexes, constant)
    const right = left && countedMatches(node.right as Node, indexes, constant)
    if (!left || !right) return undefined
    return (position) => {
      const [a, b] = [left(position), right(position)]
      return a === null || b === null ? null : a + b
    }
  }
  if (node.type !== 'FuncCall' || node.namespace !== 'global' || node.name !== 'count' || (node.args as Node[]).length !== 1)
    return undefined
  const filter = (node.args as Node[])[0]!
  const field = filter.type === 'Filter' ? attributePath(filter.base as Node) : undefined
  const condition = filter.expr as Node | undefined
  if (field?.length !== 1 || condition?.type !== 'OpCall' || condition.op !== 'in') return undefined
  const element = condition.left as Node
  const ofReferences = element.type === 'AccessAttribute' && element.name === '_ref' && (element.base as Node | undefined)?.type === 'This'
  if (element.type !== 'This' && !ofReferences) return undefined
  const list = constant(condition.right as Node)
  if (!list) return undefined
  // `x in null` is null, so no element passes: a count of 0.
  const values = list.value === null ? [] : list.value
  if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) return undefined
  const key = ofReferences ? `${field[0]}._ref` : field[0]!
  const counts = new Uint32Array(indexes.documents.length)
  for (const value of new Set(values as string[])) {
    for (const map of [indexes.byFieldValue, indexes.repeatedFieldValue]) {
      for (const position of map.get(fieldValueKey(key, value)) ?? []) counts[position]!++
    }
  }
  const isArray = indexes.arrayFields.get(field[0]!)
  return (position) => (isArray?.[position] === 1 ? counts[position]! : null)
}

const NOT_COMPUTABLE = Symbol('not computable here')

/** The match index of an expression of the current document (`title`, `pt::text(body)`), if it is one. */
function matchIndexFor(expr: Node, indexes: DatasetIndexes): MatchIndex | undefined {
  const read = scopesRead(expr, { depth: 0, hidden: false })
  if (!read || [...read].some((depth) => depth < 0)) return undefined
  const dereference = (({ _ref }: { _ref: string }) => indexes.byId.get(_ref) ?? null) as DereferenceFunction
  return indexes.matchIndex(
    JSON.stringify(expr),
    (doc) => evaluateSync(expr as ExprNode, { root: doc, dataset: indexes.documents, dereference }).data,
  )
}

/** `x match terms`' left side as expressions ([a, b] → a, b); undefined for splats. */
function matchedExpressions(left: Node): Node[] | undefined {
  if (left.type !== 'Array') return [left]
  const elements = left.elements as unknown as { value: Node; isSplat: boolean }[]
  return elements.some((element) => element.isSplat) ? undefined : elements.map((element) => element.value)
}

/** The term patterns of `match`'s right side, when it is a string or strings (else undefined). */
function matchPatterns(right: Node, constant: Constant): RegExp[] | undefined {
  const terms = constant(right)?.value
  const list = typeof terms === 'string' ? [terms] : terms
  if (!Array.isArray(list) || !list.every((term) => typeof term === 'string')) return undefined
  return list.flatMap((term) => matchPatternRegex(term as string))
}

/**
 * groq-js's `score()` (src/evaluator/scoring.ts) computed from match indexes, for arguments
 * made of `expr match terms` and `boost(…, n)`: per document, in the same order of additions,
 * so the figures are the same floating-point numbers. Undefined for any other argument.
 */
function computedScore(score: Node, indexes: DatasetIndexes, constant: Constant): ((position: number) => number) | undefined {
  const BM25k = 1.2
  const argument = (node: Node): ((position: number) => number) | undefined => {
    if (node.type === 'OpCall' && node.op === 'match') {
      const expressions = matchedExpressions(node.left as Node)
      const patterns = matchPatterns(node.right as Node, constant)
      const matchIndexes = expressions?.map((expr) => matchIndexFor(expr, indexes))
      if (!patterns || !matchIndexes || !matchIndexes.every((index) => index)) return undefined
      const frequencies = patterns.map((pattern) => matchIndexes.map((index) => patternFrequencies(index!, pattern)))
      return (position) => {
        const tokens = matchIndexes.reduce((sum, index) => sum + index!.tokenCount[position]!, 0)
        if (tokens === 0 || patterns.length === 0) return 0
        let total = 0
        for (const perIndex of frequencies) {
          const freq = perIndex.reduce((sum, map) => sum + (map.get(position) ?? 0), 0)
          total += (freq * (BM25k + 1)) / (freq + BM25k)
        }
        return total
      }
    }
    if (node.type === 'FuncCall' && node.name === 'boost' && (node.args as Node[]).length === 2) {
      const inner = argument((node.args as Node[])[0]!)
      const boost = constant((node.args as Node[])[1]!)?.value
      if (!inner || typeof boost !== 'number') return undefined
      return (position) => {
        const value = inner(position)
        return value > 0 ? value + boost : 0
      }
    }
    return undefined
  }
  const parts = (score.args as Node[]).map(argument)
  if (!parts.every((part) => part)) return undefined
  return (position) => {
    const own = valueAtPath(indexes.documents[position], ['_score'])
    let total = typeof own === 'number' ? own : 0
    for (const part of parts) total += part!(position)
    return total
  }
}

/** groq-js's `==` (and `in`'s element test) on JSON values. */
const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
const groqEquals = (a: unknown, b: unknown) => (a === null ? b === null : isScalar(a) && a === b)

/** groq-js's partialCompare on JSON values: null unless both are numbers, strings or booleans. */
function partialCompare(a: unknown, b: unknown): number | null {
  if (typeof a !== typeof b) return null
  if (typeof a === 'number' || typeof a === 'boolean') return (a as number) - (b as number)
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0
  return null
}

const COMPARISONS: Record<string, (order: number) => boolean> = {
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
}

/** JSON as the query data holds it: constants of other kinds (a `dateTime()`) are left to groq-js. */
const isJson = (value: unknown) =>
  value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype

/**
 * A few GROQ shapes evaluated here without groq-js's per-node overhead, with its semantics:
 * constants, attributes, `->` (through the view's ids), `arr[]…` maps, `{…}` objects of those,
 * `+` of numbers, `==`/`!=`/`in`/`<`… on JSON scalars, `&&`/`||`/`!`, `defined()` and
 * `count(field[condition])`. Used for filters, sort keys and projections over a constant list
 * of documents (the sitemap's 5,000 rows). The
 * function reads the current scope's value (`@`); anything else is not compiled (undefined),
 * and a value outside these rules at run time (`+` on strings) throws NOT_COMPUTABLE.
 */
function compileNative(node: Node, constant: Constant, indexes: DatasetIndexes): ((value: unknown) => unknown) | undefined {
  // Shapes compiled below are computed from their parts; anything else may still be a constant
  // (`$param`, a subquery reading no scope), evaluated once by groq-js.
  const asConstant = () => {
    const fixed = constant(node)
    return fixed && isJson(fixed.value) ? () => fixed.value : undefined
  }
  const compile = (child: Node) => compileNative(child, constant, indexes)
  const at = (value: unknown, name: string) =>
    value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, name)
      ? ((value as Record<string, unknown>)[name] ?? null)
      : null
  switch (node.type) {
    case 'This':
      return (value) => value
    case 'AccessAttribute': {
      const base = node.base ? compile(node.base as Node) : (value: unknown) => value
      const name = node.name as string
      return base && ((value) => at(base(value), name))
    }
    case 'Deref': {
      const base = compile(node.base as Node)
      return (
        base &&
        ((value) => {
          const ref = at(base(value), '_ref')
          return typeof ref === 'string' ? (indexes.byId.get(ref) ?? null) : null
        })
      )
    }
    case 'ArrayCoerce': {
      const base = compile(node.base as Node)
      return (
        base &&
        ((value) => {
          const array = base(value)
          return Array.isArray(array) ? array : null
        })
      )
    }
    case 'Map': {
      // The element scope is hidden, but a compiled expression reads only `@`: the element.
      const base = compile(node.base as Node)
      const expr = compile(node.expr as Node)
      return (
        base &&
        expr &&
        ((value) => {
          const items = base(value)
          return Array.isArray(items) ? items.map((item) => expr(item)) : null
        })
      )
    }
    case 'Projection': {
      const base = compile(node.base as Node)
      const expr = compile(node.expr as Node)
      return (
        base &&
        expr &&
        ((value) => {
          const object = base(value)
          return object && typeof object === 'object' && !Array.isArray(object) ? expr(object) : null
        })
      )
    }
    case 'Object': {
      const attributes = node.attributes as unknown as { type: string; name: string; value: Node }[]
      if (!attributes.every((attribute) => attribute.type === 'ObjectAttributeValue')) return undefined
      const values = attributes.map((attribute) => compile(attribute.value))
      if (!values.every((value) => value)) return undefined
      return (value) => {
        const out: Record<string, unknown> = {}
        attributes.forEach((attribute, i) => (out[attribute.name] = values[i]!(value)))
        return out
      }
    }
    case 'OpCall': {
      const left = compile(node.left as Node)
      const right = compile(node.right as Node)
      if (!left || !right) return undefined
      if (node.op === '+') {
        return (value) => {
          const [a, b] = [left(value), right(value)]
          if (typeof a !== 'number' || typeof b !== 'number') throw NOT_COMPUTABLE
          return a + b
        }
      }
      if (node.op === '==') return (value) => groqEquals(left(value), right(value))
      if (node.op === '!=') return (value) => !groqEquals(left(value), right(value))
      const comparison = COMPARISONS[node.op as string]
      if (comparison) {
        return (value) => {
          const order = partialCompare(left(value), right(value))
          return order === null ? null : comparison(order)
        }
      }
      const list = node.op === 'in' ? constant(node.right as Node)?.value : undefined
      if (Array.isArray(list)) {
        // A constant list (a post's categories, the search terms): one set lookup per element.
        const scalars = new Set(list.filter((entry) => entry === null || isScalar(entry)))
        return (value) => {
          const item = left(value)
          return (item === null || isScalar(item)) && scalars.has(item)
        }
      }
      if (node.op === 'in') {
        return (value) => {
          const list = right(value)
          if (!Array.isArray(list)) throw NOT_COMPUTABLE
          const item = left(value)
          return list.some((entry) => groqEquals(item, entry))
        }
      }
      return asConstant()
    }
    case 'Group':
      return compile(node.base as Node)
    case 'And':
    case 'Or': {
      // Three-valued, as groq-js: a side that is not a boolean makes the result null.
      const left = compile(node.left as Node)
      const right = compile(node.right as Node)
      if (!left || !right) return undefined
      const decisive = node.type === 'Or'
      return (value) => {
        const a = left(value)
        if (a === decisive) return decisive
        const b = right(value)
        if (b === decisive) return decisive
        return typeof a === 'boolean' && typeof b === 'boolean' ? !decisive : null
      }
    }
    case 'Not': {
      const base = compile(node.base as Node)
      return (
        base &&
        ((value) => {
          const inner = base(value)
          return typeof inner === 'boolean' ? !inner : null
        })
      )
    }
    case 'FuncCall': {
      const args = node.args as Node[]
      if (node.namespace === 'global' && node.name === 'defined' && args.length === 1) {
        const inner = compile(args[0]!)
        return inner && ((value) => inner(value) !== null)
      }
      const filter = args[0]
      if (node.name !== 'count' || args.length !== 1 || filter?.type !== 'Filter') return asConstant()
      const base = compile(filter.base as Node)
      const condition = compile(filter.expr as Node)
      return (
        base &&
        condition &&
        ((value) => {
          const items = base(value)
          if (!Array.isArray(items)) return null // groq-js: a filter over a non-array is null, and so is its count
          let count = 0
          for (const item of items) if (condition(item) === true) count++
          return count
        })
      )
    }
    default:
      return asConstant()
  }
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
  return narrow(filter.expr as Node, indexes, constantIn(evaluate))?.map((position) => indexes.documents[position]!)
}

function conjuncts(expr: Node): Node[] {
  return expr.type === 'And' ? [...conjuncts(expr.left as Node), ...conjuncts(expr.right as Node)] : [expr]
}

/** The positions of the fewest candidates any one condition allows, in dataset order; undefined for "all". */
function narrow(expr: Node, indexes: DatasetIndexes, constant: Constant): number[] | undefined {
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
    return doc ? [indexes.position.get(doc)!] : []
  }
  let best: number[] | undefined
  const consider = (candidates: number[] | undefined) => {
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
function candidatesFor(part: Node, indexes: DatasetIndexes, constant: Constant): number[] | undefined {
  if (part.type === 'Or') {
    const left = candidatesFor(part.left as Node, indexes, constant) ?? narrow(part.left as Node, indexes, constant)
    const right = left && (candidatesFor(part.right as Node, indexes, constant) ?? narrow(part.right as Node, indexes, constant))
    return left && right ? union([left, right], indexes) : undefined
  }
  if (part.type !== 'OpCall') return undefined
  const [left, right] = [part.left as Node, part.right as Node]
  // [a, b] match terms: every term pattern matches a token of a or b
  if (part.op === 'match') {
    const expressions = matchedExpressions(left)
    const patterns = matchPatterns(right, constant)
    const matchIndexes = expressions?.map((expr) => matchIndexFor(expr, indexes))
    if (!patterns || patterns.length === 0 || !matchIndexes || !matchIndexes.every((index) => index)) return undefined
    let positions: Set<number> | undefined
    for (const pattern of patterns) {
      const found = new Set(matchIndexes.flatMap((index) => [...patternFrequencies(index!, pattern).keys()]))
      positions = positions ? new Set([...positions].filter((position) => found.has(position))) : found
    }
    return [...positions!].sort((a, b) => a - b)
  }
  const field = (values: unknown, path: string) => {
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) return undefined
    return union(
      values.map((value) => indexes.byFieldValue.get(fieldValueKey(path, value as string)) ?? []),
      indexes,
    )
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
function inRange(index: SortedIndex, op: string, value: string, indexes: DatasetIndexes): number[] {
  // In ascending order the string keys are one run, itself in string order: cut it by bisection.
  const { asc, key } = index
  const firstWhere = (test: (position: number) => boolean) => {
    let [low, high] = [0, asc.length]
    while (low < high) {
      const middle = (low + high) >>> 1
      if (test(asc[middle]!)) high = middle
      else low = middle + 1
    }
    return low
  }
  const kind = (position: number) => (typeof key[position] === 'number' ? 0 : typeof key[position] === 'string' ? 1 : 2)
  const strings = firstWhere((position) => kind(position) >= 1)
  const afterStrings = firstWhere((position) => kind(position) >= 2)
  const stringAtLeast = (bound: string, inclusive: boolean) =>
    firstWhere(
      (position) =>
        kind(position) >= 2 ||
        (kind(position) === 1 && (inclusive ? (key[position] as string) >= bound : (key[position] as string) > bound)),
    )
  const [from, to] =
    op === '<'
      ? [strings, stringAtLeast(value, true)]
      : op === '<='
        ? [strings, stringAtLeast(value, false)]
        : op === '>'
          ? [stringAtLeast(value, false), afterStrings]
          : [stringAtLeast(value, true), afterStrings]
  return inDatasetOrder(asc.slice(from, to), indexes)
}

/** `field[]._ref` as the field's name (a top-level array of references). */
function referencesField(node: Node): string | undefined {
  if (node.type !== 'Map') return undefined
  const base = node.base as Node
  const expr = node.expr as Node
  if (
    base.type !== 'ArrayCoerce' ||
    expr.type !== 'AccessAttribute' ||
    expr.name !== '_ref' ||
    (expr.base as Node | undefined)?.type !== 'This'
  )
    return undefined
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

function union(lists: number[][], indexes: DatasetIndexes): number[] {
  if (lists.length === 1) return lists[0]!
  return inDatasetOrder(lists.flat(), indexes)
}

/** Every position, in dataset order. */
function allPositions(indexes: DatasetIndexes): number[] {
  return indexes.documents.map((_, position) => position)
}

/** Distinct positions in dataset order: marked and read back, no sort, however many. */
function inDatasetOrder(positions: number[], indexes: DatasetIndexes): number[] {
  if (positions.length < 64) return [...new Set(positions)].sort((a, b) => a - b)
  const marked = markPositions(positions, indexes)
  const ordered: number[] = []
  for (let position = 0; position < marked.length; position++) if (marked[position] === 1) ordered.push(position)
  return ordered
}

function markPositions(positions: number[], indexes: DatasetIndexes): Uint8Array {
  const marked = new Uint8Array(indexes.documents.length)
  for (const position of positions) marked[position] = 1
  return marked
}
