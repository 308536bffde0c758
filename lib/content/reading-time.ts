/** Words per minute for reading time: a common figure for screen reading of non-fiction. */
export const WORDS_PER_MINUTE = 230

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length
}

/** Whole minutes, at least 1, so a card never says "0 min read". */
export function readingTimeMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))
}
