/**
 * Identifiers of a cited work (DOI, PMID, PMCID, ISBN): one set of normalisers and checks shared
 * by the Studio's validation, `content:check`, the migration and the site. Each `normalise…`
 * returns the stored form, or `null` when the input is not such an identifier.
 * Hand-written: the rules are a few lines each, and the libraries that parse identifiers fetch
 * metadata too (network at build time), which the site must not do.
 */

/** A DOI as stored: bare ("10.1000/xyz"), lower case (DOIs are case-insensitive), no resolver prefix. */
export function normaliseDoi(value: string | null | undefined): string | null {
  if (!value) return null
  let doi = value.trim()
  try {
    doi = decodeURIComponent(doi)
  } catch {
    // a stray "%" is part of the suffix, not an escape
  }
  doi = doi.replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, '')
  // No quotes or angle brackets: a DOI becomes part of a link's address.
  return /^10\.\d{4,9}\/[^\s"<>]+$/.test(doi) ? doi.toLowerCase() : null
}

/** A PubMed id: digits only, no leading zero. */
export function normalisePmid(value: string | null | undefined): string | null {
  const pmid = value?.trim().replace(/^pmid:\s*/i, '')
  return pmid && /^[1-9]\d{0,8}$/.test(pmid) ? pmid : null
}

/** A PubMed Central id with its prefix: "PMC4566462". */
export function normalisePmcid(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(?:pmc)?([1-9]\d{0,9})$/i)
  return match ? `PMC${match[1]}` : null
}

/** An ISBN-10 or ISBN-13 with a valid check digit, stored without hyphens or spaces. */
export function normaliseIsbn(value: string | null | undefined): string | null {
  const isbn = value
    ?.trim()
    .replace(/^isbn(?:-1[03])?:?\s*/i, '')
    .replace(/[\s-]/g, '')
    .toUpperCase()
  if (!isbn) return null
  if (/^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn].reduce((total, char, index) => total + (char === 'X' ? 10 : Number(char)) * (10 - index), 0)
    return sum % 11 === 0 ? isbn : null
  }
  if (/^97[89]\d{10}$/.test(isbn)) {
    const sum = [...isbn].reduce((total, char, index) => total + Number(char) * (index % 2 === 0 ? 1 : 3), 0)
    return sum % 10 === 0 ? isbn : null
  }
  return null
}

export interface IdentifiersFromUrl {
  doi?: string
  pmid?: string
  pmcid?: string
}

const PMC_HOSTS = /^(?:pmc\.ncbi\.nlm\.nih\.gov|(?:www\.)?ncbi\.nlm\.nih\.gov)$/
// A DOI inside a publisher's path: "/doi/10.1161/…", "/articles/10.3389/…/full" (the suffix ends
// at the next path segment that is a word the publisher adds, e.g. "full", "abstract", "pdf").
const DOI_IN_PATH = /\/(10\.\d{4,9}\/[^?#\s]+?)(?:\/(?:full|abstract|pdf|epdf|html|fulltext|references))?\/?$/i

/**
 * The identifiers an address proves: a PMCID from a PubMed Central article address, a PMID from
 * a PubMed address, a DOI from doi.org or from a publisher address that carries it in its path.
 */
export function identifiersFromUrl(value: string | null | undefined): IdentifiersFromUrl {
  let url: URL
  try {
    url = new URL(value ?? '')
  } catch {
    return {}
  }
  const host = url.hostname.toLowerCase()
  const path = url.pathname
  if (PMC_HOSTS.test(host)) {
    const pmc = path.match(/^\/(?:pmc\/)?articles\/(PMC\d+)\/?/i)
    if (pmc && (host.startsWith('pmc.') || path.startsWith('/pmc/'))) {
      const pmcid = normalisePmcid(pmc[1])
      return pmcid ? { pmcid } : {}
    }
    const pubmed = path.match(/^\/pubmed\/(\d+)\/?$/)
    const pmid = pubmed && normalisePmid(pubmed[1])
    return pmid ? { pmid } : {}
  }
  if (host === 'pubmed.ncbi.nlm.nih.gov') {
    const pmid = normalisePmid(path.match(/^\/(\d+)\/?$/)?.[1])
    return pmid ? { pmid } : {}
  }
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const doi = normaliseDoi(path.slice(1))
    return doi ? { doi } : {}
  }
  const doi = normaliseDoi(path.match(DOI_IN_PATH)?.[1])
  return doi ? { doi } : {}
}

/** Query parameters that say where a reader came from, not which page they read. */
const TRACKING_PARAMETER = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|ref_src)$/i

/**
 * The address as a key for "same page": scheme and host in lower case, no "www.", no default
 * port, no trailing slash, no tracking parameters, remaining parameters sorted, and no fragment
 * (a `#:~:text=` passage, or any anchor, is a place on the same page). `null` for a non-http address.
 */
export function normaliseSourceUrl(value: string | null | undefined): string | null {
  let url: URL
  try {
    url = new URL((value ?? '').trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a], [b]) => a.localeCompare(b))
  const query = new URLSearchParams(params).toString()
  const host = url.host.toLowerCase().replace(/^www\./, '')
  const path = url.pathname.replace(/\/+$/, '')
  // http and https are the same page: the key ignores the scheme.
  return `${host}${path}${query ? `?${query}` : ''}`
}

export interface SourceIdentity {
  doi?: string | null
  pmid?: string | null
  pmcid?: string | null
  url?: string | null
}

/**
 * The keys under which two citations are "the same source": its DOI, PMID and PMCID (given or
 * read from the address) and its normalised address. Two citations sharing any key are duplicates.
 */
export function sourceKeys(source: SourceIdentity): string[] {
  const fromUrl = identifiersFromUrl(source.url)
  const doi = normaliseDoi(source.doi) ?? fromUrl.doi
  const pmid = normalisePmid(source.pmid) ?? fromUrl.pmid
  const pmcid = normalisePmcid(source.pmcid) ?? fromUrl.pmcid
  const url = normaliseSourceUrl(source.url)
  return [doi && `doi:${doi}`, pmid && `pmid:${pmid}`, pmcid && `pmcid:${pmcid}`, url && `url:${url}`].filter((key): key is string => !!key)
}

/** Groups of ids whose citations share a key (same DOI, PMID, PMCID or page), each group in input order. */
export function duplicateGroups<T extends SourceIdentity & { _id: string }>(sources: readonly T[]): T[][] {
  // Union-find over shared keys: A~B by DOI and B~C by address make one group.
  const parent = sources.map((_, index) => index)
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)))
  const firstWithKey = new Map<string, number>()
  sources.forEach((source, index) => {
    for (const key of sourceKeys(source)) {
      const first = firstWithKey.get(key)
      if (first === undefined) firstWithKey.set(key, index)
      else parent[root(index)] = root(first)
    }
  })
  const groups = new Map<number, T[]>()
  sources.forEach((source, index) => {
    const group = groups.get(root(index)) ?? []
    group.push(source)
    groups.set(root(index), group)
  })
  return [...groups.values()].filter((group) => group.length > 1)
}

/** Editor-facing checks of each identifier field: `true` or a message saying what is expected. */
export const identifierChecks = {
  doi: (value: string | undefined) =>
    !value || normaliseDoi(value) === value || 'Give the DOI bare and in lower case, e.g. 10.1000/xyz123 (no https://doi.org/)',
  pmid: (value: string | undefined) => !value || normalisePmid(value) === value || 'A PubMed id is digits only, e.g. 29138634',
  pmcid: (value: string | undefined) => !value || normalisePmcid(value) === value || 'A PubMed Central id starts with PMC, e.g. PMC4566462',
  isbn: (value: string | undefined) =>
    !value || normaliseIsbn(value) === value || 'Give a valid ISBN-10 or ISBN-13 without hyphens, e.g. 9780190246556',
} as const

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date. */
export function checkIssued(value: string | undefined): true | string {
  if (!value) return true
  const match = value.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/)
  const message = 'Give the publication date as a year (2024), a year and month (2024-03) or a full date (2024-03-15)'
  if (!match) return message
  const [, year, month, day] = match
  if (month && (Number(month) < 1 || Number(month) > 12)) return message
  if (day) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day)) return message
  }
  return true
}
