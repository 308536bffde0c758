/** Longer hyphenated runs may still break at a hyphen, or a phone could not fit them at all. */
const KEEP_WHOLE_MAX_LENGTH = 20

const HYPHENATED = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+)/u

/**
 * A title cut into plain text and hyphenated words ("Omega-3", "Five-Point") to keep whole: a
 * browser may break a line after any hyphen, which splits names and numbers ("Omega-/3"). CSS has
 * no switch for that, so such words are marked and drawn without breaks.
 */
export function hyphenatedWords(text: string): { text: string; keepWhole: boolean }[] {
  return text
    .split(HYPHENATED)
    .map((part, index) => ({ text: part, keepWhole: index % 2 === 1 && part.length <= KEEP_WHOLE_MAX_LENGTH }))
    .filter((part) => part.text !== '')
}
