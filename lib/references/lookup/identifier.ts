import { identifiersFromUrl, normaliseDoi, normalisePmcid, normalisePmid } from '../identifiers'

/**
 * What an editor pasted: a DOI, a PMID, a PMCID or an address. An address that proves an
 * identifier (doi.org, PubMed, PubMed Central, a publisher path with a DOI) goes to the
 * bibliographic services instead: they know more than the page's own tags. The identifier rules
 * themselves are lib/references/identifiers.ts, shared with the Studio and `content:check`.
 */

export type Identifier = { kind: 'doi'; doi: string } | { kind: 'pmid'; pmid: string } | { kind: 'pmcid'; pmcid: string }
export type LookupInput = Identifier | { kind: 'url'; url: string }

/** The identifier an address stands for, the most specific first (PMC and PubMed records carry the DOI too). */
export function identifierInUrl(url: URL): Identifier | undefined {
  const { doi, pmid, pmcid } = identifiersFromUrl(url.href)
  if (pmcid) return { kind: 'pmcid', pmcid }
  if (pmid) return { kind: 'pmid', pmid }
  if (doi) return { kind: 'doi', doi }
  return undefined
}

/** What the pasted text is, or undefined when it is none of them. */
export function parseLookupInput(text: string): LookupInput | undefined {
  const value = text.trim()
  if (!value || value.length > 2048) return undefined
  if (/^https?:\/\//i.test(value)) {
    let url: URL
    try {
      url = new URL(value)
    } catch {
      return undefined
    }
    return identifierInUrl(url) ?? { kind: 'url', url: url.href }
  }
  // A DOI copied from the end of a sentence keeps its full stop.
  const doi = normaliseDoi(value.replace(/[.,;]+$/, ''))
  if (doi) return { kind: 'doi', doi }
  // A bare number is a PMID: a PMCID is recognised only with its "PMC" prefix.
  const pmcid = /^(?:pmcid:\s*)?(PMC\d+)$/i.exec(value)?.[1]
  if (pmcid) {
    const normalised = normalisePmcid(pmcid)
    return normalised ? { kind: 'pmcid', pmcid: normalised } : undefined
  }
  const pmid = normalisePmid(value)
  return pmid ? { kind: 'pmid', pmid } : undefined
}
