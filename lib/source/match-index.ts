import type { SanityDocument } from './dataset-file'

/**
 * An inverted index of the tokens GROQ's `match` sees in one expression (`title`,
 * `pt::text(body)`…) of every document, with how often each occurs: enough to find every
 * document a `match` can be true for, and to compute `score()`'s term weights without
 * re-reading the text. Tokenising and term patterns are groq-js's own rules (copied from its
 * src/shared/matching.ts), so the index agrees with the query it stands in for.
 */

// groq-js src/shared/matching.ts
const CHARS = /([^!@#$%^&*(),\\/?";:{}|[\]+<>\s-])+/g
const CHARS_WITH_WILDCARD = /([^!@#$%^&(),\\/?";:{}|[\]+<>\s-])+/g
const EDGE_CHARS = /(\b\.+|\.+\b)/g
const MAX_TERM_LENGTH = 1024

export const matchTokenize = (text: string): string[] => text.replace(EDGE_CHARS, '').match(CHARS) || []

export function matchPatternRegex(text: string): RegExp[] {
  const terms = text.replace(EDGE_CHARS, '').match(CHARS_WITH_WILDCARD) || []
  return terms.map((term) => new RegExp(`^${term.slice(0, MAX_TERM_LENGTH).replace(/\*/g, '.*')}$`, 'i'))
}

/** groq-js's gatherText: the tokens of a string, or of each string in an array. */
export function tokensOf(value: unknown): string[] {
  if (typeof value === 'string') return matchTokenize(value)
  if (Array.isArray(value)) return value.flatMap((part) => (typeof part === 'string' ? matchTokenize(part) : []))
  return []
}

export interface MatchIndex {
  /** token → [document position, occurrences] pairs, flattened. */
  postings: Map<string, number[]>
  /** Documents with at least one token (`match` is never true on no tokens). */
  tokenCount: Uint32Array
}

export function buildMatchIndex(documents: SanityDocument[], valueOf: (doc: SanityDocument) => unknown): MatchIndex {
  const postings = new Map<string, number[]>()
  const tokenCount = new Uint32Array(documents.length)
  documents.forEach((doc, position) => {
    const tokens = tokensOf(valueOf(doc))
    tokenCount[position] = tokens.length
    const counts = new Map<string, number>()
    for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1)
    for (const [token, count] of counts) {
      const list = postings.get(token)
      if (list) list.push(position, count)
      else postings.set(token, [position, count])
    }
  })
  return { postings, tokenCount }
}

/** How many of each document's tokens a pattern matches (positions with none are absent). */
export function patternFrequencies(index: MatchIndex, pattern: RegExp): Map<number, number> {
  const frequencies = new Map<number, number>()
  for (const [token, list] of index.postings) {
    if (!pattern.test(token)) continue
    for (let i = 0; i < list.length; i += 2) frequencies.set(list[i]!, (frequencies.get(list[i]!) ?? 0) + list[i + 1]!)
  }
  return frequencies
}
