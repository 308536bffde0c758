import { defineQuery } from 'groq'
import type { ContentReader } from '../source'
import { POST_CARD_PROJECTION, PUBLIC_POST, postCardList, type PostCard } from './fragments'
import { tags } from './tags'
import type { SEARCH_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'

export const SEARCH_MAX_QUERY_LENGTH = 100
export const SEARCH_RESULT_LIMIT = 20

export type SearchOutcome =
  { status: 'empty' } | { status: 'too-long'; maxLength: number } | { status: 'results'; query: string; posts: PostCard[] }

/**
 * How much of a post's body text search reads: its first 50,000 characters (some 8,000 words,
 * far beyond any real post's opening). GROQ's `match` gathers every token of its text into one
 * argument list, so a body of ~150,000 words overflowed the stack and failed every search that
 * reached that post; bounded here in the query itself, the local source and the Content Lake run
 * the same text. Split by characters, not words: one "word" of a-a-a-… is as many tokens.
 */
export const SEARCH_BODY_CHARACTERS = 50_000
const SEARCHED_BODY = `array::join(string::split(pt::text(body), "")[0...${SEARCH_BODY_CHARACTERS}], "")`

/**
 * Titles weigh most, then excerpts, then body text. Each word must match somewhere; GROQ's
 * `match` does prefix matching on words, so "vitam" finds "vitamin".
 */
export const SEARCH_QUERY = defineQuery(`*[${PUBLIC_POST} && [title, excerpt, ${SEARCHED_BODY}] match $terms]
  | score(boost(title match $terms, 3), boost(excerpt match $terms, 2), ${SEARCHED_BODY} match $terms)
  | order(_score desc, publishedAt desc)[0...$limit]${POST_CARD_PROJECTION}`)

type _Checked = Assert<Fits<SEARCH_QUERY_RESULT, typeof postCardList>>

/**
 * An English word without its plural ending, so that its prefix match finds the singular and the
 * plural alike: "vitamins" → "vitamin", "studies" → "stud", "boxes" → "box". Deliberately light
 * (a full stemmer would need a library and a language per site): words of four letters or fewer,
 * and endings such as -ss, -us and -is ("glass", "virus", "analysis"), are left alone.
 */
export function singularStem(word: string): string {
  if (word.length <= 4) return word
  if (word.endsWith('ies')) return word.slice(0, -3)
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2)
  if (/[^su]s$/.test(word) && !word.endsWith('is')) return word.slice(0, -1)
  return word
}

/** Turns reader input into GROQ match terms: words only, each its singular stem as a prefix match. */
export function searchTerms(input: string): string[] {
  return (
    input
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .slice(0, 10)
    .map((word) => `${singularStem(word)}*`)
}

export async function searchPosts(reader: ContentReader, input: string | string[] | undefined): Promise<SearchOutcome> {
  const text = (Array.isArray(input) ? input[0] : input)?.trim() ?? ''
  if (text.length > SEARCH_MAX_QUERY_LENGTH) return { status: 'too-long', maxLength: SEARCH_MAX_QUERY_LENGTH }
  const terms = searchTerms(text)
  if (terms.length === 0) return { status: 'empty' }
  const posts = await reader.fetchContent({
    query: SEARCH_QUERY,
    params: { terms, limit: SEARCH_RESULT_LIMIT },
    tags: [tags.site, tags.postList],
    schema: postCardList,
  })
  return { status: 'results', query: text, posts }
}
