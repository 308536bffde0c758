import { Agent, type Dispatcher } from 'undici'
import type { Env } from '../../env'
import { guardedLookup } from '../../sources-health/addresses'
import { DEFAULT_CHECK_SETTINGS } from '../../sources-health/check'
import { probeSource } from '../../sources-health/probe'
import { fetchCrossrefWork, fieldsFromCrossref } from './crossref'
import { fillGaps, type CitationFields } from './fields'
import { parseLookupInput, type Identifier, type LookupInput } from './identifier'
import { convertIds, fetchPubmedSummary, fieldsFromPubmed } from './ncbi'
import { fieldsFromPage } from './page-metadata'
import { serviceOptionsFromEnv, type ServiceOptions } from './services'

export type { CitationFields } from './fields'
export { parseLookupInput } from './identifier'

/**
 * A citation's fields from a DOI, PMID, PMCID or address: the bibliographic services for an
 * identifier, the page's own metadata for an address (and the services too when the page names
 * its DOI or PMID). The Studio's paste-to-fill and `npm run citations:enrich` both come here.
 */

export interface LookupOptions extends ServiceOptions {
  /** An undici Agent whose connections use `guardedLookup` (lib/sources-health/addresses). */
  dispatcher: Dispatcher
  allowPrivateHosts: boolean
  maxRedirects: number
  maxBodyBytes: number
}

export class LookupError extends Error {
  override name = 'LookupError'
  constructor(
    /** 400: not an identifier or address; 404: nobody knows it; 422: the page cannot be read; 502: a service failed. */
    readonly status: 400 | 404 | 422 | 502,
    message: string,
  ) {
    super(message)
  }
}

export interface LookupResult {
  input: LookupInput
  fields: CitationFields
}

const pubmedUrl = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`
const pmcUrl = (pmcid: string) => `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/`

/** A secondary source is a bonus: when it fails, what the first one said still stands. */
async function bonus<T>(promise: Promise<T>): Promise<T | null> {
  return promise.catch(() => null)
}

async function byIdentifier(identifier: Identifier, options: LookupOptions): Promise<CitationFields | null> {
  switch (identifier.kind) {
    case 'doi': {
      const work = await fetchCrossrefWork(identifier.doi, options)
      const ids = await bonus(convertIds(identifier.doi, options))
      if (!work) {
        // Not a Crossref DOI (DataCite, mEDRA…), but PubMed may know the article by it.
        return ids?.pmid ? byIdentifier({ kind: 'pmid', pmid: ids.pmid }, options) : null
      }
      const fields = fillGaps(fieldsFromCrossref(work), { pmid: ids?.pmid, pmcid: ids?.pmcid })
      return { ...fields, url: fields.pmcid ? pmcUrl(fields.pmcid) : `https://doi.org/${fields.doi}` }
    }
    case 'pmid': {
      const summary = await fetchPubmedSummary(identifier.pmid, options)
      if (!summary) return null
      let fields = fieldsFromPubmed(summary)
      // Crossref gives authors' full given names and the publisher; PubMed gives initials.
      const work = fields.doi ? await bonus(fetchCrossrefWork(fields.doi, options)) : null
      if (work) {
        const crossref = fieldsFromCrossref(work)
        fields = fillGaps({ ...fields, authors: crossref.authors ?? fields.authors }, crossref)
      }
      const site = fields.site ?? (fields.pmcid ? 'PubMed Central' : 'PubMed')
      return { ...fields, site, url: fields.pmcid ? pmcUrl(fields.pmcid) : pubmedUrl(identifier.pmid) }
    }
    case 'pmcid': {
      const ids = await convertIds(identifier.pmcid, options)
      if (ids?.pmid) return byIdentifier({ kind: 'pmid', pmid: ids.pmid }, options)
      if (ids?.doi) return fillGaps((await byIdentifier({ kind: 'doi', doi: ids.doi }, options)) ?? {}, { pmcid: identifier.pmcid })
      return null
    }
  }
}

async function byPage(url: string, options: LookupOptions): Promise<CitationFields> {
  const probe = await probeSource(url, {
    userAgent: options.userAgent,
    dispatcher: options.dispatcher,
    allowPrivateHosts: options.allowPrivateHosts,
    timeoutMs: options.timeoutMs,
    maxRedirects: options.maxRedirects,
    maxRetryAfterMs: 0,
    retryDelayMs: 0,
    maxBodyBytes: options.maxBodyBytes,
    needPage: true,
  })
  if (probe.problem === 'private-address')
    throw new LookupError(422, 'That address is on a private network; only public pages can be looked up.')
  if (probe.problem) throw new LookupError(422, `The page could not be read (${probe.problem}).`)
  if (!probe.page || /^text\/plain\b/i.test(probe.page.contentType))
    throw new LookupError(422, `The page could not be read as HTML (HTTP ${probe.httpStatus}).`)
  // The address the editor pasted is the one cited, even when it redirects.
  return { ...fieldsFromPage(probe.page.text, probe.finalUrl ?? url), url }
}

const serviceFailure = (error: unknown): never => {
  if (error instanceof LookupError) throw error
  throw new LookupError(502, `A reference service could not be reached: ${error instanceof Error ? error.message : String(error)}`)
}

export async function lookupCitation(text: string, options: LookupOptions): Promise<LookupResult> {
  const input = parseLookupInput(text)
  if (!input) throw new LookupError(400, 'Paste a DOI (10.…), a PMID, a PMCID (PMC…) or an http(s) address.')
  if (input.kind !== 'url') {
    const fields = await byIdentifier(input, options).catch(serviceFailure)
    if (!fields) throw new LookupError(404, `No record found for ${text.trim()}.`)
    return { input, fields }
  }
  const page = await byPage(input.url, options)
  const revealed: Identifier | undefined = page.doi
    ? { kind: 'doi', doi: page.doi }
    : page.pmid
      ? { kind: 'pmid', pmid: page.pmid }
      : page.pmcid
        ? { kind: 'pmcid', pmcid: page.pmcid }
        : undefined
  const known = revealed ? await bonus(byIdentifier(revealed, options)) : null
  // The services' record wins over the page's tags; the address stays the one pasted.
  return { input, fields: known ? { ...fillGaps(known, page), url: input.url } : page }
}

/** A lookup configured from the environment, with its own vetted connection pool; `close` when done. */
export function createLookup(env: Env, { allowPrivateHosts }: { allowPrivateHosts: boolean }) {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(allowPrivateHosts) }, keepAliveTimeout: 1_000 })
  const options: LookupOptions = {
    ...serviceOptionsFromEnv(env),
    dispatcher,
    allowPrivateHosts,
    maxRedirects: DEFAULT_CHECK_SETTINGS.maxRedirects,
    maxBodyBytes: DEFAULT_CHECK_SETTINGS.maxBodyBytes,
  }
  return { lookup: (text: string) => lookupCitation(text, options), close: () => dispatcher.close() }
}
