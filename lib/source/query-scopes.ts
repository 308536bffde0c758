import type { ExprNode } from 'groq-js'

/**
 * Which scope each part of a groq-js tree is evaluated in, mirroring groq-js's evaluator:
 * a filter's condition, a projection and `order()`/`score()` arguments run in a nested scope
 * (one level deeper, so `^` reaches back out); `arr[]…` maps run in a *hidden* scope, which is
 * one level deeper itself but is replaced, not stacked on, by a scope opened inside it.
 *
 * Depths are absolute: 0 is the query's root scope. Node types or functions this file does not
 * know make the walk give up (`null`), so nothing is planned on a guess.
 */

export type Node = ExprNode & Record<string, unknown>

export interface ScopePosition {
  depth: number
  hidden: boolean
}

const nested = ({ depth, hidden }: ScopePosition): ScopePosition => ({ depth: hidden ? depth : depth + 1, hidden: false })
const hiddenScope = ({ depth, hidden }: ScopePosition): ScopePosition => ({ depth: hidden ? depth : depth + 1, hidden: true })

/** Functions that evaluate their arguments in the caller's scope (checked against groq-js's source). */
const SAME_SCOPE_FUNCTIONS = new Set([
  'global::count',
  'global::defined',
  'global::coalesce',
  'global::length',
  'global::lower',
  'global::upper',
  'global::string',
  'global::round',
  'global::now',
  'global::dateTime',
  'global::references',
  'global::boost',
  'pt::text',
  'string::split',
  'string::startsWith',
  'array::join',
  'array::compact',
  'array::unique',
  'array::intersects',
])

/** Functions that read the current scope's value though no argument names it (groq-js's source). */
const IMPLICIT_THIS_FUNCTIONS = new Set(['global::references'])

type Visit = (child: Node, position: ScopePosition) => Node | null

/**
 * Copies a node with each child replaced by `visit(child, its scope)`; `null` if this node type
 * (or a child's answer) is unknown. The copy keeps every other field as it is.
 */
export function mapChildren(node: Node, at: ScopePosition, visit: Visit): Node | null {
  const out: Record<string, unknown> = { ...node }
  let known = true
  const one = (key: string, position: ScopePosition) => {
    const child = node[key] as Node | undefined
    if (!child) return
    const mapped = visit(child, position)
    if (mapped === null) known = false
    else out[key] = mapped
  }
  const many = (key: string, position: ScopePosition) => {
    out[key] = (node[key] as Node[]).map((child) => {
      const mapped = visit(child, position)
      if (mapped === null) known = false
      return mapped ?? child
    })
  }
  switch (node.type) {
    case 'This':
    case 'Parent':
    case 'Everything':
    case 'Value':
    case 'Parameter':
    case 'Context':
      return out as Node
    case 'Filter':
    case 'Projection':
      one('base', at)
      one('expr', nested(at))
      break
    case 'Map':
    case 'FlatMap':
      one('base', at)
      one('expr', hiddenScope(at))
      break
    case 'PipeFuncCall':
      if (node.name !== 'order' && node.name !== 'score') return null
      one('base', at)
      many('args', nested(at))
      break
    case 'FuncCall':
      if (!SAME_SCOPE_FUNCTIONS.has(`${node.namespace as string}::${node.name as string}`)) return null
      many('args', at)
      break
    case 'OpCall':
    case 'And':
    case 'Or':
      one('left', at)
      one('right', at)
      break
    case 'InRange':
      one('base', at)
      one('left', at)
      one('right', at)
      break
    case 'Not':
    case 'Neg':
    case 'Pos':
    case 'Group':
    case 'ArrayCoerce':
    case 'Deref':
    case 'Asc':
    case 'Desc':
    case 'AccessAttribute':
    case 'AccessElement':
    case 'Slice':
      one('base', at)
      break
    case 'Object':
      out.attributes = (node.attributes as unknown as Record<string, unknown>[]).map((attribute) => {
        if (!['ObjectAttributeValue', 'ObjectConditionalSplat', 'ObjectSplat'].includes(attribute.type as string)) {
          known = false
          return attribute
        }
        const copy: Record<string, unknown> = { ...attribute }
        for (const key of ['condition', 'value']) {
          if (!attribute[key]) continue
          const mapped = visit(attribute[key] as Node, at)
          if (mapped === null) known = false
          else copy[key] = mapped
        }
        return copy
      })
      break
    case 'Array':
      out.elements = (node.elements as unknown as Record<string, unknown>[]).map((element) => {
        const mapped = visit(element.value as Node, at)
        if (mapped === null) known = false
        return { ...element, value: mapped ?? element.value }
      })
      break
    case 'Select':
      out.alternatives = (node.alternatives as unknown as Record<string, unknown>[]).map((alternative) => {
        const condition = visit(alternative.condition as Node, at)
        const value = visit(alternative.value as Node, at)
        if (condition === null || value === null) known = false
        return { ...alternative, condition: condition ?? alternative.condition, value: value ?? alternative.value }
      })
      one('fallback', at)
      break
    default:
      return null
  }
  return known ? (out as Node) : null
}

/**
 * The scope depths a node reads (`@`, `^`, `^.^`, an attribute of the current document),
 * evaluated at `at`; `null` if the walk met something it does not know.
 */
export function scopesRead(node: Node, at: ScopePosition): Set<number> | null {
  const read = new Set<number>()
  const walk = (child: Node, position: ScopePosition): Node | null => {
    if (child.type === 'This') read.add(position.depth)
    else if (child.type === 'Parent') read.add(position.depth - (child.n as number))
    else if (child.type === 'AccessAttribute' && !child.base) read.add(position.depth)
    // references() tests the current document (`@`) without naming it.
    else if (child.type === 'FuncCall' && IMPLICIT_THIS_FUNCTIONS.has(`${child.namespace}::${child.name}`)) read.add(position.depth)
    else if (child.type === 'Context') return null // before()/after(): not worth planning
    return mapChildren(child, position, walk)
  }
  return walk(node, at) ? read : null
}

/**
 * Replaces every `@`/`^` that reads a scope at or above `outer` with that scope's value, so a
 * correlated subquery becomes a constant one. Exact: those nodes evaluate to exactly that value.
 */
export function bindOuterScopes(node: Node, at: ScopePosition, values: Map<number, unknown>): Node {
  const walk = (child: Node, position: ScopePosition): Node | null => {
    const target = child.type === 'This' ? position.depth : child.type === 'Parent' ? position.depth - (child.n as number) : undefined
    if (target !== undefined && values.has(target)) return { type: 'Value', value: values.get(target) } as Node
    return mapChildren(child, position, walk)
  }
  const bound = walk(node, at)
  if (!bound) throw new Error('bindOuterScopes: a node the planner accepted could not be walked')
  return bound
}
