/**
 * Text fragments (`#:~:text=`), per the WICG spec (https://wicg.github.io/scroll-to-text-fragment/):
 * parsing the fragment directive, and deciding whether a page's text still holds the passage.
 *
 * The page is given as blocks of rendered text (see `html-text.ts`). As in the spec, each of
 * prefix, textStart, textEnd and suffix must lie inside one block, at word boundaries, matched
 * case-insensitively with whitespace collapsed; only whitespace or block boundaries may separate
 * the prefix from textStart and textEnd from the suffix; textEnd may be in a later block.
 */

export interface TextDirective {
  prefix: string | null
  textStart: string
  textEnd: string | null
  suffix: string | null
}

const FRAGMENT_DIRECTIVE_DELIMITER = ':~:'

function percentDecode(value: string): string | null {
  try {
    return decodeURIComponent(value)
  } catch {
    return null
  }
}

/** One `text=` value: `[prefix-,]textStart[,textEnd][,-suffix]`; null when it breaks the grammar. */
export function parseTextDirective(value: string): TextDirective | null {
  const parts = value.split(',')
  if (parts.length === 0 || parts.length > 4) return null
  let prefix: string | null = null
  let suffix: string | null = null
  if (parts[0]!.endsWith('-')) prefix = parts.shift()!.slice(0, -1)
  if (parts.length > 0 && parts[parts.length - 1]!.startsWith('-')) suffix = parts.pop()!.slice(1)
  if (parts.length < 1 || parts.length > 2) return null
  const decoded = [prefix, parts[0]!, parts[1] ?? null, suffix].map((part) => (part === null ? null : percentDecode(part)))
  if (decoded.some((part, index) => (part === null ? index === 1 : part === '' || part.includes('\u0000')))) return null
  const [decodedPrefix, textStart, textEnd, decodedSuffix] = decoded
  if (!textStart) return null
  return { prefix: decodedPrefix ?? null, textStart, textEnd: textEnd ?? null, suffix: decodedSuffix ?? null }
}

/**
 * Every text directive in a URL's fragment directive (the part after `:~:`, directives joined
 * by `&`). Other directives and malformed `text=` values are ignored, as browsers do.
 */
export function parseTextDirectives(url: string): TextDirective[] {
  const hash = url.indexOf('#')
  if (hash < 0) return []
  const fragment = url.slice(hash + 1)
  const start = fragment.indexOf(FRAGMENT_DIRECTIVE_DELIMITER)
  if (start < 0) return []
  return fragment
    .slice(start + FRAGMENT_DIRECTIVE_DELIMITER.length)
    .split('&')
    .filter((directive) => directive.startsWith('text='))
    .map((directive) => parseTextDirective(directive.slice('text='.length)))
    .filter((directive): directive is TextDirective => directive !== null)
}

/** The URL without its fragment: what is actually requested from the server. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#')
  return hash < 0 ? url : url.slice(0, hash)
}

const BLOCK = '\n'

/** Case and whitespace folded as find-in-page does: runs of whitespace (incl. no-break spaces) become one space. */
export function foldText(text: string): string {
  return text
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim()
    .toLowerCase()
}

/** The blocks of a page, folded and joined by a block boundary (terms, being folded, never contain one), with word boundaries found once. */
export class SearchablePage {
  readonly text: string
  private readonly boundaries = new Set<number>()

  constructor(blocks: readonly string[]) {
    this.text = blocks.map(foldText).filter(Boolean).join(BLOCK)
    // Word boundaries per Unicode segmentation, so scripts without spaces (e.g. Japanese) work too.
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })
    for (const { index, segment } of segmenter.segment(this.text)) {
      this.boundaries.add(index)
      this.boundaries.add(index + segment.length)
    }
  }

  /** `term` starts exactly at `index`, on word boundaries at both ends. */
  occursAt(term: string, index: number): boolean {
    return term !== '' && this.text.startsWith(term, index) && this.boundaries.has(index) && this.boundaries.has(index + term.length)
  }

  /** Start positions of `term` at or after `from`, bounded by words and inside one block. */
  *occurrences(term: string, from: number): Generator<number> {
    if (term === '') return
    for (let at = this.text.indexOf(term, from); at >= 0; at = this.text.indexOf(term, at + 1)) {
      if (this.occursAt(term, at)) yield at
    }
  }

  /** Index after skipping whitespace and block boundaries. */
  skipSpace(from: number): number {
    let at = from
    while (at < this.text.length && (this.text[at] === ' ' || this.text[at] === BLOCK)) at++
    return at
  }
}

/** Whether the page still holds the passage a directive points at. */
export function findTextDirective(page: SearchablePage, directive: TextDirective): boolean {
  const prefix = directive.prefix ? foldText(directive.prefix) : null
  const start = foldText(directive.textStart)
  const end = directive.textEnd ? foldText(directive.textEnd) : null
  const suffix = directive.suffix ? foldText(directive.suffix) : null

  const startCandidates = function* (): Generator<number> {
    if (!prefix) {
      yield* page.occurrences(start, 0)
      return
    }
    for (const at of page.occurrences(prefix, 0)) {
      const next = page.skipSpace(at + prefix.length)
      if (page.occursAt(start, next)) yield next
    }
  }

  const suffixFollows = (endIndex: number) => {
    if (!suffix) return true
    return page.occursAt(suffix, page.skipSpace(endIndex))
  }

  for (const startAt of startCandidates()) {
    const startEnd = startAt + start.length
    if (!end) {
      if (suffixFollows(startEnd)) return true
      continue
    }
    // The spec takes the first textEnd after textStart that satisfies the suffix.
    for (const endAt of page.occurrences(end, startEnd)) {
      if (suffixFollows(endAt + end.length)) return true
      if (suffix) continue
      break
    }
  }
  return false
}

/** True when every directive is found; null for a URL without text directives. */
export function textFragmentsFound(url: string, blocks: readonly string[]): boolean | null {
  const directives = parseTextDirectives(url)
  if (directives.length === 0) return null
  const page = new SearchablePage(blocks)
  return directives.every((directive) => findTextDirective(page, directive))
}
