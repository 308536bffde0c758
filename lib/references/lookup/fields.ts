/**
 * What a lookup fills in: the citation's reference fields under their DESIGN.md names (CSL-JSON's
 * vocabulary). Every field is optional: a service fills only what it knows, and nothing is
 * invented to fill a gap.
 */

export const CITATION_TYPES = ['article-journal', 'webpage', 'government', 'book', 'chapter', 'preprint', 'news'] as const
export type CitationType = (typeof CITATION_TYPES)[number]

export type CitationAuthor = { family: string; given?: string } | { literal: string }

export interface CitationFields {
  type?: CitationType
  title?: string
  site?: string
  url?: string
  authors?: CitationAuthor[]
  container?: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  issued?: string
  volume?: string
  issue?: string
  pages?: string
  doi?: string
  pmid?: string
  pmcid?: string
  isbn?: string
}

/** Fields of `extra` fill the gaps of `base`; what `base` has is kept. */
export function fillGaps(base: CitationFields, extra: CitationFields): CitationFields {
  const merged: CitationFields = { ...base }
  for (const [key, value] of Object.entries(extra) as Array<[keyof CitationFields, CitationFields[keyof CitationFields]]>) {
    const current = merged[key]
    const empty = current === undefined || (Array.isArray(current) && current.length === 0)
    if (empty && value !== undefined && !(Array.isArray(value) && value.length === 0)) Object.assign(merged, { [key]: value })
  }
  return merged
}

/** `[[2008, 8, 13]]` → "2008-08-13", `[[2008]]` → "2008"; null when there is no year. */
export function issuedFromDateParts(parts: ReadonlyArray<number | string | null> | undefined): string | undefined {
  const [year, month, day] = (parts ?? []).map((part) => (part === null || part === undefined ? NaN : Number(part)))
  if (!Number.isInteger(year) || year! < 1000) return undefined
  const pad = (n: number) => String(n).padStart(2, '0')
  if (!Number.isInteger(month) || month! < 1 || month! > 12) return String(year)
  if (!Number.isInteger(day) || day! < 1 || day! > 31) return `${year}-${pad(month!)}`
  return `${year}-${pad(month!)}-${pad(day!)}`
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** A free-form date ("2008 Aug 13", "2019 Spring", "2025-06-27T10:00:00Z", "2019-03") as `issued`. */
export function issuedFromText(text: string | undefined): string | undefined {
  const value = text?.trim()
  if (!value) return undefined
  const words = /^(\d{4})\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?/.exec(value)
  if (words) {
    const month = MONTHS.indexOf(words[2]!.toLowerCase()) + 1
    return issuedFromDateParts([Number(words[1]), month || null, words[3] ? Number(words[3]) : null])
  }
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?/.exec(value)
  if (iso) return issuedFromDateParts([Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null])
  return undefined
}

/** "Smith, John" / "John Smith" → {family, given}; one word stays a family name. */
export function personFromName(name: string): CitationAuthor | undefined {
  const clean = name.replace(/\s+/g, ' ').trim()
  if (!clean) return undefined
  if (clean.includes(',')) {
    const [family, ...given] = clean.split(',')
    const rest = given.join(',').trim()
    return rest ? { family: family!.trim(), given: rest } : { family: family!.trim() }
  }
  const words = clean.split(' ')
  if (words.length === 1) return { family: clean }
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') }
}
