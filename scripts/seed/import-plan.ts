import type { SanityDocument } from '../../lib/source/dataset-file'

/**
 * In which order documents go to the Content Lake. A strong reference to a document that does
 * not exist yet is refused, so documents are grouped into strongly connected components
 * (posts that list each other as related must land in the same transaction) and emitted
 * dependencies-first, then packed into transactions of about `batchSize` mutations.
 */
export function strongReferences(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => strongReferences(item, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && record._weak !== true) out.add(record._ref)
    for (const [key, child] of Object.entries(record)) if (key !== '_ref') strongReferences(child, out)
  }
  return out
}

export function planTransactions(documents: SanityDocument[], batchSize = 100): SanityDocument[][] {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const edges = new Map(documents.map((doc) => [doc._id, [...strongReferences(doc)].filter((ref) => ref !== doc._id && byId.has(ref))]))

  // Tarjan's algorithm: components come out with every dependency before its dependants.
  const components: string[][] = []
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  let counter = 0
  const visit = (id: string) => {
    index.set(id, counter)
    low.set(id, counter)
    counter += 1
    stack.push(id)
    onStack.add(id)
    for (const next of edges.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(id, Math.min(low.get(id)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!))
    }
    if (low.get(id) === index.get(id)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== id)
      components.push(component)
    }
  }
  for (const doc of documents) if (!index.has(doc._id)) visit(doc._id)

  const batches: SanityDocument[][] = []
  let current: SanityDocument[] = []
  for (const component of components) {
    if (current.length > 0 && current.length + component.length > batchSize) {
      batches.push(current)
      current = []
    }
    current.push(...component.map((id) => byId.get(id)!))
  }
  if (current.length > 0) batches.push(current)
  return batches
}
