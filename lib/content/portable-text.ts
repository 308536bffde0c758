/**
 * Portable Text as stored can hold parts no editor meant: a `null` span (an interrupted paste, a
 * hand-edited export), a `null` or keyless mark definition. The renderer (@portabletext/react)
 * and the citation numbering read every child and mark definition, so one such part used to fail
 * the whole post. Here each malformed part is dropped on its own, reported through `report`, and
 * everything else is kept as it is; unknown block types are left for the renderer to skip.
 */

export type PortableTextBlock = { _type: string; _key?: string; [key: string]: unknown }

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)

const isTyped = (value: unknown): value is PortableTextBlock => isRecord(value) && typeof value._type === 'string'

function cleanBlock(block: PortableTextBlock, report: (problem: string) => void): PortableTextBlock {
  if (block._type !== 'block') {
    // A callout carries Portable Text of its own.
    return Array.isArray(block.body) ? { ...block, body: cleanPortableText(block.body, report) } : block
  }
  const where = `block ${block._key ?? '(no _key)'}`
  let changed = false
  const children = (Array.isArray(block.children) ? block.children : []).filter((child) => {
    const usable = isTyped(child) && (child._type !== 'span' || typeof child.text === 'string')
    if (!usable) report(`${where}: skipped a malformed span`)
    changed ||= !usable
    return usable
  })
  const markDefs = (Array.isArray(block.markDefs) ? block.markDefs : []).filter((def) => {
    const usable = isTyped(def) && typeof def._key === 'string'
    if (!usable) report(`${where}: ignored a malformed mark definition`)
    changed ||= !usable
    return usable
  })
  if (!Array.isArray(block.children) || (block.markDefs !== undefined && !Array.isArray(block.markDefs))) changed = true
  return changed ? { ...block, children, markDefs } : block
}

/** The blocks of a Portable Text value that can be rendered, malformed parts dropped and reported. */
export function cleanPortableText(value: unknown, report: (problem: string) => void): PortableTextBlock[] {
  if (!Array.isArray(value)) return []
  return value.filter(isTyped).map((block) => cleanBlock(block, report))
}
