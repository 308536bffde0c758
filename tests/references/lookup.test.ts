import { Agent } from 'undici'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { LookupError, lookupCitation, type LookupOptions } from '@/lib/references/lookup'
import { guardedLookup } from '@/lib/sources-health/addresses'
import { startReferenceServices } from '../support/reference-services'

/** Paste-to-fill against stand-ins of Crossref, the PMC ID converter, esummary and publisher pages. */

let services: Awaited<ReturnType<typeof startReferenceServices>>
let dispatcher: Agent
let options: LookupOptions
beforeAll(async () => {
  services = await startReferenceServices()
  dispatcher = new Agent({ connect: { lookup: guardedLookup(true) } })
  options = {
    crossrefApiUrl: services.env.CROSSREF_API_URL,
    eutilsUrl: services.env.NCBI_EUTILS_URL,
    idconvUrl: services.env.NCBI_IDCONV_URL,
    userAgent: 'CitedTest/1.0',
    timeoutMs: 2_000,
    dispatcher,
    allowPrivateHosts: true,
    maxRedirects: 3,
    maxBodyBytes: 1024 * 1024,
  }
})
afterAll(async () => {
  await dispatcher.close()
  await services.close()
})

describe('from an identifier', () => {
  test('a DOI (in any of its written forms) fills a journal article from Crossref, plain-text title, organisation as author', async () => {
    for (const pasted of ['10.5555/cited.k2.2021', 'doi:10.5555/CITED.K2.2021', 'https://doi.org/10.5555/cited.k2.2021']) {
      const { fields } = await lookupCitation(pasted, options)
      expect(fields).toEqual({
        type: 'article-journal',
        title: 'Vitamin K2 and arterial stiffness in a test cohort',
        authors: [{ family: 'Testwell', given: 'Ada' }, { family: 'Example-Smith', given: 'Björn' }, { literal: 'Cited Test Consortium' }],
        container: 'Journal of Test Nutrition',
        issued: '2021-03-01',
        volume: '12',
        issue: '4',
        pages: '211-219',
        doi: '10.5555/cited.k2.2021',
        site: 'Cited Test Publishing',
        url: 'https://doi.org/10.5555/cited.k2.2021',
      })
    }
  })

  test('a PMID fills from esummary, with PMCID and DOI, and full given names from Crossref', async () => {
    const { fields } = await lookupCitation('PMID: 90000001', options)
    expect(fields).toMatchObject({
      type: 'article-journal',
      title: 'Matrix Gla protein in a test model',
      container: 'Journal of Test Nutrition',
      issued: '2018-02-14',
      volume: '9',
      issue: '2',
      pages: '101-108',
      pmid: '90000001',
      pmcid: 'PMC90000001',
      doi: '10.5555/cited.clean.2018',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC90000001/',
    })
    expect(fields.authors?.[0]).toEqual({ family: 'Testwell', given: 'Ada' })
  })

  test('a PMCID (or a PMC address) goes through the ID converter to the same record', async () => {
    const byId = await lookupCitation('pmc90000001', options)
    const byUrl = await lookupCitation('https://www.ncbi.nlm.nih.gov/pmc/articles/PMC90000001/', options)
    expect(byId.fields.pmid).toBe('90000001')
    expect(byUrl.fields).toEqual(byId.fields)
  })

  test('a PubMed-only record keeps PubMed authors as family name + initials', async () => {
    const { fields } = await lookupCitation('https://pubmed.ncbi.nlm.nih.gov/90000002/', options)
    expect(fields.authors).toEqual([
      { family: 'Testwell', given: 'A' },
      { family: 'Example-Smith', given: 'B' },
      { literal: 'Cited Test Consortium' },
    ])
    expect(fields).toMatchObject({ site: 'PubMed', url: 'https://pubmed.ncbi.nlm.nih.gov/90000002/', title: 'Megadoses of a test vitamin' })
  })

  test('a book DOI is a book with its ISBN', async () => {
    const { fields } = await lookupCitation('10.5555/cited.book.2017', options)
    expect(fields).toMatchObject({ type: 'book', isbn: '9780000000002', issued: '2017' })
    expect(fields.container).toBeUndefined()
  })

  test('unknown identifiers are a 404, nonsense a 400, a service outage a 502', async () => {
    await expect(lookupCitation('10.5555/nobody.knows', options)).rejects.toMatchObject({ status: 404 })
    await expect(lookupCitation('99999999', options)).rejects.toMatchObject({ status: 404 })
    await expect(lookupCitation('vitamin k2', options)).rejects.toMatchObject({ status: 400 })
    services.setFailing(true)
    try {
      await expect(lookupCitation('10.5555/cited.k2.2021', options)).rejects.toMatchObject({ status: 502 })
    } finally {
      services.setFailing(false)
    }
  })
})

describe('from an address', () => {
  test('a journal page with Highwire tags and a DOI: Crossref fills in, the pasted address stays', async () => {
    const url = `${services.origin}/journal/k2-article`
    const { fields } = await lookupCitation(url, options)
    expect(fields).toMatchObject({
      url,
      doi: '10.5555/cited.k2.2021',
      site: 'Cited Test Publishing',
      pages: '211-219',
      issued: '2021-03-01',
    })
  })

  test('an agency page: JSON-LD title, organisation as author, date; a plain web page', async () => {
    const url = `${services.origin}/agency/vitamin-d-facts`
    const { fields } = await lookupCitation(url, options)
    expect(fields).toEqual({
      url,
      type: 'webpage',
      title: 'Vitamin D: fact sheet for professionals',
      authors: [{ literal: 'Office of Test Supplements' }],
      issued: '2024-08-12',
      site: 'Test Health Agency',
    })
  })

  test('a news page with Dublin Core only', async () => {
    const url = `${services.origin}/news/k2-story`
    const { fields } = await lookupCitation(url, options)
    expect(fields).toMatchObject({
      title: 'What vitamin K2 does for arteries',
      authors: [{ family: 'Reporter', given: 'Dana' }],
      issued: '2025-01-09',
      site: 'The Test Times',
    })
  })

  test('a private address is refused unless private hosts are allowed', async () => {
    const guarded = new Agent({ connect: { lookup: guardedLookup(false) } })
    try {
      const error = await lookupCitation(`${services.origin}/agency/vitamin-d-facts`, {
        ...options,
        dispatcher: guarded,
        allowPrivateHosts: false,
      }).catch((e) => e)
      expect(error).toBeInstanceOf(LookupError)
      expect(error).toMatchObject({ status: 422, message: expect.stringMatching(/private network/) })
      expect(services.requests.filter((r) => r.includes('/agency/'))).toHaveLength(1)
    } finally {
      await guarded.close()
    }
  })
})
