import type { SanityDocument } from '../../../lib/source/dataset-file'

/**
 * Content Source Maps (`resultSourceMap=true`) for a query result, in the Content Lake's format:
 * for each string in the result, the document and the path inside it the string came from. The
 * real API derives them from the query plan; the stand-in finds each string in the nearest
 * document (an object in the result with an `_id`) that holds it, which is what a projection of
 * a document's own fields (titles, excerpts, body text) gives. Strings it cannot place are left
 * unmapped, as the real API leaves computed values. Stega encoding and Presentation's overlays
 * read only these maps.
 */
export interface ContentSourceMap {
  documents: Array<{ _id: string; _type: string }>
  paths: string[]
  mappings: Record<string, { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }>
}

type Segment = string | number | { _key: string }

/** JSONPath as the Content Lake writes it: `$['body'][?(@._key=='k1')]['children'][0]['text']`. */
export function jsonPath(segments: Segment[]): string {
  return `$${segments
    .map((segment) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : typeof segment === 'string'
          ? `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`
          : `[?(@._key=='${segment._key}')]`,
    )
    .join('')}`
}

/** Every string field of a document by value (the first path holding it), system fields aside. */
function stringPaths(doc: SanityDocument): Map<string, Segment[]> {
  const found = new Map<string, Segment[]>()
  const visit = (value: unknown, at: Segment[]) => {
    if (typeof value === 'string') {
      if (!found.has(value)) found.set(value, at)
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const key =
          item && typeof item === 'object' && typeof (item as { _key?: unknown })._key === 'string'
            ? (item as { _key: string })._key
            : undefined
        visit(item, [...at, key ? { _key: key } : index])
      })
    } else if (value && typeof value === 'object') {
      for (const [name, child] of Object.entries(value)) if (!name.startsWith('_')) visit(child, [...at, name])
    }
  }
  visit(doc, [])
  return found
}

export function sourceMapFor(result: unknown, documentById: (id: string) => SanityDocument | undefined): ContentSourceMap {
  const map: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  const documentIndex = new Map<string, number>()
  const pathIndex = new Map<string, number>()
  const strings = new Map<string, Map<string, Segment[]>>()

  const walk = (value: unknown, at: Segment[], owner: SanityDocument | undefined) => {
    if (typeof value === 'string') {
      if (!owner) return
      const paths = strings.get(owner._id) ?? strings.set(owner._id, stringPaths(owner)).get(owner._id)!
      const source = paths.get(value)
      if (!source) return
      const documentNumber = documentIndex.get(owner._id) ?? map.documents.push({ _id: owner._id, _type: owner._type }) - 1
      documentIndex.set(owner._id, documentNumber)
      const sourcePath = jsonPath(source)
      const pathNumber = pathIndex.get(sourcePath) ?? map.paths.push(sourcePath) - 1
      pathIndex.set(sourcePath, pathNumber)
      map.mappings[jsonPath(at)] = { type: 'value', source: { type: 'documentValue', document: documentNumber, path: pathNumber } }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, [...at, index], owner))
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>
      // In the drafts perspective a draft answers under its published id, its own in `_originalId`.
      const id = typeof record._originalId === 'string' ? record._originalId : typeof record._id === 'string' ? record._id : undefined
      const own = id ? documentById(id) : undefined
      for (const [name, child] of Object.entries(record)) walk(child, [...at, name], own ?? owner)
    }
  }
  walk(result, [], undefined)
  return map
}
