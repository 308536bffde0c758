/**
 * Pure builders for the Portable Text shapes of the schema (sanity/schemaTypes/blockContent.ts
 * and its members), used to author the demo dataset and
 * reusable for generated (benchmark) datasets. Builders return plain JSON without `_key`s on
 * blocks and spans; `withKeys` assigns them afterwards from a per-document counter, so the same
 * input always gives the same keys. Mark definitions get keys that are unique within their block.
 *
 * Inline markup accepted by `parseInline` (and every builder that takes text):
 *   **strong**   *em*   `code`   [text](https://example.org)   [claim](cite:short-name)
 *   [claim](cite:a,b) annotates one span with two citations; `\` escapes the next character.
 */

export type Reference = { _type: 'reference'; _ref: string }
export type Span = { _type: 'span'; text: string; marks: string[] }
export type LinkDef = { _key: string; _type: 'link'; href: string }
export type CitationRefDef = { _key: string; _type: 'citationRef'; citation: Reference }
export type MarkDef = LinkDef | CitationRefDef
export type BlockStyle = 'normal' | 'h2' | 'h3' | 'h4' | 'blockquote'
export type ListKind = 'bullet' | 'number'
export type TextBlock = {
  _type: 'block'
  style: BlockStyle
  listItem?: ListKind
  level?: number
  markDefs: MarkDef[]
  children: Span[]
}
/** An image field or block as a `sanity dataset export` writes it: `_sanityAsset`, no `asset`. */
export type ExportedImageRef = { _sanityAsset: string }
export type ImageCrop = { _type: 'sanity.imageCrop'; top: number; bottom: number; left: number; right: number }
export type ImageHotspot = { _type: 'sanity.imageHotspot'; x: number; y: number; width: number; height: number }
export type ImageValue = { _type: 'image'; _sanityAsset: string; alt: string; caption?: string; crop?: ImageCrop; hotspot?: ImageHotspot }
export type CalloutTone = 'info' | 'tip' | 'warning'
export type CalloutBlock = { _type: 'callout'; tone: CalloutTone; body: TextBlock[] }
export type VideoEmbedBlock = { _type: 'videoEmbed'; url: string; caption?: string }
export type BodyBlock = TextBlock | ImageValue | CalloutBlock | VideoEmbedBlock

export type InlineOptions = {
  /** Simple Portable Text (callouts, disclaimers) may not carry citations. */
  allowCitations?: boolean
}

export const reference = (id: string): Reference => ({ _type: 'reference', _ref: id })
export const citationId = (shortName: string): string => `citation-${shortName}`

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/

type Cursor = { text: string; pos: number }

function findClosing(text: string, from: number, token: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++
      continue
    }
    if (text.startsWith(token, i)) return i
  }
  return -1
}

function matchingBracket(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\') {
      i++
    } else if (ch === '[') {
      depth++
    } else if (ch === ']') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

/** Parses inline markup into spans and the mark definitions they use. Throws on malformed markup. */
export function parseInline(markup: string, options: InlineOptions = {}): { children: Span[]; markDefs: MarkDef[] } {
  const allowCitations = options.allowCitations ?? true
  const spans: Span[] = []
  const markDefs: MarkDef[] = []

  const push = (text: string, marks: string[]) => {
    if (text === '') return
    const last = spans[spans.length - 1]
    if (last && last.marks.join('\u0000') === marks.join('\u0000')) last.text += text
    else spans.push({ _type: 'span', text, marks: [...marks] })
  }

  const fail = (message: string, at: number): never => {
    throw new Error(`${message} at ${at} in inline markup: ${JSON.stringify(markup)}`)
  }

  const annotationKeys = (target: string, at: number): string[] => {
    if (target.startsWith('cite:')) {
      if (!allowCitations) fail('citation not allowed here', at)
      return target
        .slice('cite:'.length)
        .split(',')
        .map((shortName) => {
          const name = shortName.trim()
          if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) fail(`bad citation name "${name}"`, at)
          const def: CitationRefDef = {
            _key: `cite${markDefs.length}`,
            _type: 'citationRef',
            citation: reference(citationId(name)),
          }
          markDefs.push(def)
          return def._key
        })
    }
    if (!SAFE_HREF.test(target)) fail(`unsafe or unsupported link "${target}"`, at)
    const def: LinkDef = { _key: `link${markDefs.length}`, _type: 'link', href: target }
    markDefs.push(def)
    return [def._key]
  }

  const parse = (cursor: Cursor, end: number, marks: string[]) => {
    const { text } = cursor
    let buffer = ''
    const flush = () => {
      push(buffer, marks)
      buffer = ''
    }
    while (cursor.pos < end) {
      const i = cursor.pos
      const ch = text[i] as string
      if (ch === '\\' && i + 1 < end) {
        buffer += text[i + 1]
        cursor.pos = i + 2
      } else if (text.startsWith('**', i)) {
        const close = findClosing(text, i + 2, '**')
        if (close < 0 || close >= end) fail('unclosed **', i)
        flush()
        cursor.pos = i + 2
        parse(cursor, close, [...marks, 'strong'])
        cursor.pos = close + 2
      } else if (ch === '*') {
        const close = findClosing(text, i + 1, '*')
        if (close < 0 || close >= end) fail('unclosed *', i)
        flush()
        cursor.pos = i + 1
        parse(cursor, close, [...marks, 'em'])
        cursor.pos = close + 1
      } else if (ch === '`') {
        const close = text.indexOf('`', i + 1)
        if (close < 0 || close >= end) fail('unclosed `', i)
        flush()
        push(text.slice(i + 1, close), [...marks, 'code'])
        cursor.pos = close + 1
      } else if (ch === '[') {
        const closeBracket = matchingBracket(text, i)
        if (closeBracket < 0 || text[closeBracket + 1] !== '(') fail('expected [text](target)', i)
        const closeParen = text.indexOf(')', closeBracket + 2)
        if (closeParen < 0 || closeParen >= end) fail('unclosed (target)', i)
        flush()
        const keys = annotationKeys(text.slice(closeBracket + 2, closeParen), i)
        cursor.pos = i + 1
        parse(cursor, closeBracket, [...marks, ...keys])
        cursor.pos = closeParen + 1
      } else {
        buffer += ch
        cursor.pos = i + 1
      }
    }
    flush()
  }

  parse({ text: markup, pos: 0 }, markup.length, [])
  if (spans.length === 0) spans.push({ _type: 'span', text: '', marks: [] })
  return { children: spans, markDefs }
}

export function textBlock(
  markup: string,
  style: BlockStyle = 'normal',
  list?: { listItem: ListKind; level?: number },
  options?: InlineOptions,
): TextBlock {
  const { children, markDefs } = parseInline(markup, options)
  return {
    _type: 'block',
    style,
    ...(list ? { listItem: list.listItem, level: list.level ?? 1 } : {}),
    markDefs,
    children,
  }
}

export const paragraph = (markup: string, options?: InlineOptions): TextBlock => textBlock(markup, 'normal', undefined, options)

export const heading = (level: 2 | 3 | 4, markup: string): TextBlock => textBlock(markup, `h${level}`, undefined, { allowCitations: false })

export const blockquote = (markup: string): TextBlock => textBlock(markup, 'blockquote')

export const bulletList = (items: string[], options?: InlineOptions): TextBlock[] =>
  items.map((item) => textBlock(item, 'normal', { listItem: 'bullet' }, options))

export const numberedList = (items: string[], options?: InlineOptions): TextBlock[] =>
  items.map((item) => textBlock(item, 'normal', { listItem: 'number' }, options))

/** Bullet items that open with a bold label, e.g. "**Osteocalcin:** moves calcium into bone". */
export const leadInList = (items: ReadonlyArray<readonly [lead: string, rest: string]>, listItem: ListKind = 'bullet'): TextBlock[] =>
  items.map(([lead, rest]) => textBlock(`**${lead}** ${rest}`, 'normal', { listItem }))

export function image(
  asset: ExportedImageRef,
  alt: string,
  caption?: string,
  framing: { crop?: Omit<ImageCrop, '_type'>; hotspot?: Omit<ImageHotspot, '_type'> } = {},
): ImageValue {
  if (alt.trim() === '') throw new Error('every image needs alt text')
  return {
    _type: 'image',
    _sanityAsset: asset._sanityAsset,
    alt,
    ...(caption ? { caption } : {}),
    ...(framing.crop ? { crop: { _type: 'sanity.imageCrop', ...framing.crop } } : {}),
    ...(framing.hotspot ? { hotspot: { _type: 'sanity.imageHotspot', ...framing.hotspot } } : {}),
  }
}

/** A callout's body is simple Portable Text: paragraphs with marks and links, no citations. */
export const callout = (tone: CalloutTone, ...paragraphs: string[]): CalloutBlock => ({
  _type: 'callout',
  tone,
  body: paragraphs.map((markup) => paragraph(markup, { allowCitations: false })),
})

const VIDEO_URL = /^https:\/\/(www\.youtube\.com\/watch\?v=[\w-]{11}|youtu\.be\/[\w-]{11}|vimeo\.com\/\d+)$/

export function videoEmbed(url: string, caption?: string): VideoEmbedBlock {
  if (!VIDEO_URL.test(url)) throw new Error(`not a YouTube or Vimeo URL: ${url}`)
  return { _type: 'videoEmbed', url, ...(caption ? { caption } : {}) }
}

/** Simple Portable Text for disclaimers: paragraphs and h3, marks and links only. */
export const simpleBody = (...blocks: Array<string | { h3: string }>): TextBlock[] =>
  blocks.map((b) =>
    typeof b === 'string' ? paragraph(b, { allowCitations: false }) : textBlock(b.h3, 'h3', undefined, { allowCitations: false }),
  )

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Returns a copy of `value` where every object inside an array has a `_key` (existing keys are
 * kept). Keys come from one counter per call, so they are unique across the whole document and
 * identical on every run. `_key` is placed first for readable diffs.
 */
export function withKeys<T>(value: T, prefix = 'k'): T {
  let counter = 0
  const nextKey = () => `${prefix}${(counter++).toString(36).padStart(3, '0')}`
  const visit = (node: unknown, inArray: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, true))
    if (!isPlainObject(node)) return node
    const out: Record<string, unknown> = {}
    if (inArray) out._key = typeof node._key === 'string' ? node._key : nextKey()
    for (const [field, child] of Object.entries(node)) {
      if (field === '_key') continue
      out[field] = visit(child, false)
    }
    return out
  }
  return visit(value, false) as T
}

/** Plain text of blocks (for excerpts, search checks and tests). */
export const toPlainText = (blocks: ReadonlyArray<unknown>): string =>
  blocks
    .filter((b): b is TextBlock => isPlainObject(b) && b._type === 'block')
    .map((b) => b.children.map((s) => s.text).join(''))
    .join('\n\n')
