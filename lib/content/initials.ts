/**
 * The initials a portrait falls back to: the first letter of the first and last word of a name
 * ("Amara Nwosu" → "AN", "Tomás Ribeiro" → "TR", "Plato" → "P"), upper-cased, letters only.
 */
export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((word) => word.match(/\p{L}/u)?.[0] ?? '')
    .filter(Boolean)
  if (words.length === 0) return '?'
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words.at(-1)!]
  return picked.join('').toLocaleUpperCase('en')
}
