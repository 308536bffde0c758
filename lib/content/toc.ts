/**
 * Heading anchors and the table of contents. Both come from one pass over the body so the ids
 * the renderer puts on headings are exactly the ones the contents list links to.
 */

export interface HeadingAnchor {
  key: string
  id: string
  text: string
  level: 2 | 3 | 4
}

interface BlockLike {
  _type: string
  _key?: string
  style?: unknown
  listItem?: unknown
  children?: unknown
}

const HEADING_LEVELS: Record<string, 2 | 3 | 4> = { h2: 2, h3: 3, h4: 4 }

/** The contents list appears from this many h2 sections up. */
export const TOC_MIN_SECTIONS = 3

/** Plain text of a text block's spans. */
export function blockText(block: BlockLike): string {
  if (!Array.isArray(block.children)) return ''
  return block.children
    .map((child) =>
      child && typeof child === 'object' && typeof (child as { text?: unknown }).text === 'string' ? (child as { text: string }).text : '',
    )
    .join('')
}

/** A readable, URL-safe id; letters of any script are kept ("vitamin-d3-and-k2", "ビタミン"). */
export function slugifyHeading(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents go ("café" → "cafe")…
    .normalize('NFC') // …other scripts' marks (Japanese dakuten, Devanagari vowels) recompose and stay
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}

/**
 * Every h2–h4 in the body with a unique id. Ids never collide with the works-cited anchors
 * (`cite-…`) or with each other; an empty heading gets `section-<n>`.
 */
export function headingAnchors(blocks: readonly BlockLike[], reserved: readonly string[] = []): HeadingAnchor[] {
  const used = new Set(reserved)
  const anchors: HeadingAnchor[] = []
  blocks.forEach((block, index) => {
    if (block._type !== 'block' || block.listItem || typeof block.style !== 'string') return
    const level = HEADING_LEVELS[block.style]
    if (!level) return
    const text = blockText(block).trim()
    if (!text) return
    let base = slugifyHeading(text) || `section-${anchors.length + 1}`
    if (/^cite-/.test(base)) base = `section-${base}`
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    anchors.push({ key: block._key ?? `index-${index}`, id, text, level })
  })
  return anchors
}

/** The h2 sections for the contents list, or an empty list when there are too few to help. */
export function tableOfContents(anchors: readonly HeadingAnchor[]): HeadingAnchor[] {
  const sections = anchors.filter((anchor) => anchor.level === 2)
  return sections.length >= TOC_MIN_SECTIONS ? sections : []
}
