/**
 * What an editor pasted: a DOI, a PMID, a PMCID or an address. An address of doi.org, PubMed or
 * PubMed Central reveals an identifier, which then goes to the bibliographic services (they know
 * more than the page's own tags).
 */

export type Identifier = { kind: 'doi'; doi: string } | { kind: 'pmid'; pmid: string } | { kind: 'pmcid'; pmcid: string }
export type LookupInput = Identifier | { kind: 'url'; url: string }

// Crossref's pattern for modern DOIs ("10." + registrant + "/" + suffix).
const DOI = /^10\.\d{4,9}\/\S+$/

/** A DOI as stored: bare, lower case (DOIs are case-insensitive), no resolver prefix. */
function bareDoi(text: string): string | undefined {
  const stripped = decodeURIComponent(text.trim())
    .replace(/^doi:\s*/i, '')
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/[.,;]+$/, '')
  return DOI.test(stripped) ? stripped.toLowerCase() : undefined
}

/** The identifier an address of doi.org, PubMed or PubMed Central stands for. */
export function identifierInUrl(url: URL): Identifier | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (host === 'doi.org' || host === 'dx.doi.org') {
    const doi = bareDoi(url.pathname.slice(1))
    return doi ? { kind: 'doi', doi } : undefined
  }
  if (host === 'pubmed.ncbi.nlm.nih.gov') {
    const pmid = /^\/(\d{1,9})\/?$/.exec(url.pathname)?.[1]
    return pmid ? { kind: 'pmid', pmid } : undefined
  }
  if (host === 'ncbi.nlm.nih.gov' || host === 'pmc.ncbi.nlm.nih.gov') {
    const pmcid = /\/(?:pmc\/)?articles\/(PMC\d+)\/?/i.exec(url.pathname)?.[1]
    if (pmcid) return { kind: 'pmcid', pmcid: pmcid.toUpperCase() }
    const pmid = /^\/pubmed\/(\d{1,9})\/?$/.exec(url.pathname)?.[1]
    return pmid ? { kind: 'pmid', pmid } : undefined
  }
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
  const doi = bareDoi(value)
  if (doi) return { kind: 'doi', doi }
  const pmcid = /^(?:pmcid:\s*)?(PMC\d{1,9})$/i.exec(value)?.[1]
  if (pmcid) return { kind: 'pmcid', pmcid: pmcid.toUpperCase() }
  const pmid = /^(?:pmid:\s*)?(\d{1,9})$/i.exec(value)?.[1]
  if (pmid) return { kind: 'pmid', pmid }
  return undefined
}
