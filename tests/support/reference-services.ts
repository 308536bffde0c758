import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Stand-ins for Crossref's works API, NCBI's PMC ID converter and E-utilities esummary, and a
 * few publisher pages, on 127.0.0.1, answering in the services' real response formats (field
 * names, nesting, 404s and error records as the live APIs send them). Every work is invented:
 * DOIs under Crossref's test prefix 10.5555, PMIDs and PMCIDs far above any assigned number.
 */

type Json = Record<string, unknown>

const updatedBy = (doi: string, type: string, label: string, date: [number, number, number], source = 'publisher') => ({
  updated: {
    'date-parts': [date],
    'date-time': `${date[0]}-${String(date[1]).padStart(2, '0')}-${String(date[2]).padStart(2, '0')}T00:00:00Z`,
    timestamp: Date.UTC(date[0], date[1] - 1, date[2]),
  },
  DOI: doi,
  type,
  source,
  label,
})

const work = (doi: string, extra: Json = {}): Json => ({
  indexed: { 'date-parts': [[2026, 11, 30]], 'date-time': '2026-11-30T04:12:08Z', timestamp: 1796011928000 },
  'reference-count': 12,
  publisher: 'Cited Test Publishing',
  issue: '4',
  'content-domain': { domain: [], 'crossmark-restriction': false },
  'short-container-title': ['J Test Nutr'],
  DOI: doi,
  type: 'journal-article',
  created: { 'date-parts': [[2021, 3, 2]], 'date-time': '2021-03-02T10:00:00Z', timestamp: 1614679200000 },
  page: '211-219',
  source: 'Crossref',
  'is-referenced-by-count': 3,
  title: ['Vitamin K2 and <i>arterial</i> stiffness in a test cohort'],
  prefix: '10.5555',
  volume: '12',
  author: [
    { given: 'Ada', family: 'Testwell', sequence: 'first', affiliation: [] },
    { given: 'Björn', family: 'Example-Smith', sequence: 'additional', affiliation: [] },
    { name: 'Cited Test Consortium', sequence: 'additional', affiliation: [] },
  ],
  member: '7822',
  'container-title': ['Journal of Test Nutrition'],
  language: 'en',
  link: [],
  deposited: { 'date-parts': [[2021, 3, 2]], 'date-time': '2021-03-02T10:00:00Z', timestamp: 1614679200000 },
  score: 1,
  issued: { 'date-parts': [[2021, 3, 1]] },
  'references-count': 12,
  'journal-issue': { issue: '4', 'published-print': { 'date-parts': [[2021, 3]] } },
  URL: `https://doi.org/${doi}`,
  ISSN: ['5555-0001'],
  'issn-type': [{ type: 'print', value: '5555-0001' }],
  published: { 'date-parts': [[2021, 3, 1]] },
  ...extra,
})

export const WORKS: Record<string, Json> = {
  '10.5555/cited.k2.2021': work('10.5555/cited.k2.2021', {
    'updated-by': [
      updatedBy('10.5555/cited.k2.2021.retraction', 'retraction', 'Retraction', [2024, 3, 5]),
      updatedBy('10.5555/cited.k2.2021.retraction', 'retraction', 'Retraction', [2024, 3, 5], 'retraction-watch'),
    ],
  }),
  '10.5555/cited.d3.2019': work('10.5555/cited.d3.2019', {
    title: ['Vitamin D3 dosing in a test population'],
    issued: { 'date-parts': [[2019, 6]] },
    'updated-by': [updatedBy('10.5555/cited.d3.2019.erratum', 'correction', 'Correction', [2020, 1, 15])],
  }),
  '10.5555/cited.eoc.2020': work('10.5555/cited.eoc.2020', {
    title: ['Calcium supplements and a test outcome'],
    'updated-by': [updatedBy('10.5555/cited.eoc.2020.concern', 'expression_of_concern', 'Expression of concern', [2022, 9, 1])],
  }),
  '10.5555/cited.clean.2018': work('10.5555/cited.clean.2018', {
    title: ['Matrix Gla protein in a test model'],
    issued: { 'date-parts': [[2018]] },
  }),
  '10.5555/cited.book.2017': work('10.5555/cited.book.2017', {
    type: 'book',
    title: ['A Test Handbook of Micronutrients'],
    'container-title': [],
    ISBN: ['9780000000002'],
    author: [{ given: 'Cora', family: 'Handbook', sequence: 'first', affiliation: [] }],
    issued: { 'date-parts': [[2017]] },
  }),
}

const summary = (pmid: string, extra: Json = {}): Json => ({
  uid: pmid,
  pubdate: '2018 Feb 14',
  epubdate: '',
  source: 'J Test Nutr',
  authors: [
    { name: 'Testwell A', authtype: 'Author', clusterid: '' },
    { name: 'Example-Smith B', authtype: 'Author', clusterid: '' },
    { name: 'Cited Test Consortium', authtype: 'CollectiveName', clusterid: '' },
  ],
  lastauthor: 'Cited Test Consortium',
  title: 'Matrix Gla protein in a test model.',
  sorttitle: 'matrix gla protein in a test model',
  volume: '9',
  issue: '2',
  pages: '101-108',
  lang: ['eng'],
  nlmuniqueid: '555500001',
  issn: '5555-0001',
  essn: '',
  pubtype: ['Journal Article'],
  recordstatus: 'PubMed - indexed for MEDLINE',
  pubstatus: '4',
  articleids: [
    { idtype: 'pubmed', idtypen: 1, value: pmid },
    { idtype: 'doi', idtypen: 3, value: '10.5555/cited.clean.2018' },
    { idtype: 'pmc', idtypen: 8, value: 'PMC90000001' },
    { idtype: 'pmcid', idtypen: 5, value: 'pmc-id: PMC90000001;' },
  ],
  history: [{ pubstatus: 'pubmed', date: '2018/02/15 06:00' }],
  references: [],
  attributes: ['Has Abstract'],
  pmcrefcount: 2,
  fulljournalname: 'Journal of Test Nutrition',
  elocationid: 'doi: 10.5555/cited.clean.2018',
  doctype: 'citation',
  srccontriblist: [],
  booktitle: '',
  medium: '',
  edition: '',
  publisherlocation: '',
  publishername: '',
  srcdate: '',
  reportnumber: '',
  availablefromurl: '',
  locationlabel: '',
  doccontriblist: [],
  docdate: '',
  bookname: '',
  chapter: '',
  sortpubdate: '2018/02/14 00:00',
  sortfirstauthor: 'Testwell A',
  vernaculartitle: '',
  ...extra,
})

export const SUMMARIES: Record<string, Json> = {
  '90000001': summary('90000001'),
  // Retracted in PubMed only (no DOI): the publication type and a "Retraction in" reference.
  '90000002': summary('90000002', {
    title: 'Megadoses of a test vitamin.',
    pubtype: ['Journal Article', 'Retracted Publication'],
    articleids: [{ idtype: 'pubmed', idtypen: 1, value: '90000002' }],
    references: [{ refsource: 'J Test Nutr. 2023 May 2;14(1):1.', reftype: 'Retraction in', pmid: 90000003, note: '' }],
  }),
  '90000004': summary('90000004', {
    title: 'A corrected test trial.',
    articleids: [{ idtype: 'pubmed', idtypen: 1, value: '90000004' }],
    references: [{ refsource: 'J Test Nutr. 2022;13(2):5.', reftype: 'Erratum in', pmid: 90000005, note: '' }],
  }),
}

const IDS: Array<{ pmcid: string; pmid: string; doi: string }> = [
  { pmcid: 'PMC90000001', pmid: '90000001', doi: '10.5555/cited.clean.2018' },
]

export const PAGES: Record<string, string> = {
  // A journal's article page: Highwire tags (what PMC and most publishers print) and a DOI.
  '/journal/k2-article': `<!doctype html><html><head><title>Journal site</title>
<meta name="citation_title" content="Vitamin K2 and arterial stiffness in a test cohort">
<meta name="citation_author" content="Testwell, Ada"><meta name="citation_author" content="Example-Smith, Björn">
<meta name="citation_journal_title" content="Journal of Test Nutrition">
<meta name="citation_publication_date" content="2021/03/01"><meta name="citation_volume" content="12">
<meta name="citation_issue" content="4"><meta name="citation_firstpage" content="211"><meta name="citation_lastpage" content="219">
<meta name="citation_doi" content="10.5555/cited.k2.2021">
</head><body><h1>Vitamin K2</h1></body></html>`,
  // A health agency's page: JSON-LD and Open Graph, no identifier.
  '/agency/vitamin-d-facts': `<!doctype html><html><head><title>Vitamin D | Test Health Agency</title>
<meta property="og:title" content="Vitamin D: fact sheet for professionals"><meta property="og:site_name" content="Test Health Agency">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"Test Health Agency"},
{"@type":"MedicalWebPage","name":"Vitamin D: fact sheet for professionals","datePublished":"2024-08-12","author":{"@type":"GovernmentOrganization","name":"Office of Test Supplements"},"publisher":{"@type":"Organization","name":"Test Health Agency"}}]}</script>
</head><body><p>Vitamin D</p></body></html>`,
  // A news story: Dublin Core only.
  '/news/k2-story': `<!doctype html><html><head><title>K2 story</title>
<meta name="DC.title" content="What vitamin K2 does for arteries"><meta name="DC.creator" content="Dana Reporter">
<meta name="DC.date" content="2025-01-09"><meta name="DC.publisher" content="The Test Times">
</head><body><p>Story</p></body></html>`,
}

export async function startReferenceServices() {
  const requests: string[] = []
  let failing = false
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    requests.push(`${req.method} ${url.pathname}${url.search}`)
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' })
      res.end(JSON.stringify(body))
    }
    if (failing && !url.pathname.startsWith('/journal') && !url.pathname.startsWith('/agency') && !url.pathname.startsWith('/news')) {
      return json(503, { status: 'error', message: 'Service Unavailable' })
    }
    const crossref = /^\/crossref\/works\/(.+)$/.exec(url.pathname)
    if (crossref) {
      const doi = decodeURIComponent(crossref[1]!).toLowerCase()
      const message = WORKS[doi]
      if (!message) {
        // Crossref answers an unknown DOI with a plain-text 404.
        res.writeHead(404, { 'content-type': 'text/plain' })
        return res.end('Resource not found.')
      }
      return json(200, { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message })
    }
    if (url.pathname === '/idconv/') {
      const ids = (url.searchParams.get('ids') ?? '').split(',')
      const records = ids.map((id) => {
        const found = IDS.find((entry) => [entry.pmcid.toLowerCase(), entry.pmid, entry.doi].includes(id.toLowerCase()))
        return found
          ? { pmcid: found.pmcid, pmid: found.pmid, doi: found.doi }
          : { 'requested-id': id, status: 'error', errmsg: 'invalid article id' }
      })
      return json(200, { status: 'ok', responseDate: '2026-12-07 02:00:00', request: `${url.search.slice(1)}`, records })
    }
    if (url.pathname === '/eutils/esummary.fcgi') {
      const ids = (url.searchParams.get('id') ?? '').split(',')
      const result: Json = { uids: ids.filter((id) => SUMMARIES[id]) }
      for (const id of ids) result[id] = SUMMARIES[id] ?? { uid: id, error: 'cannot get document summary' }
      return json(200, { header: { type: 'esummary', version: '0.3' }, result })
    }
    const page = PAGES[url.pathname]
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end(page)
    }
    res.writeHead(404, { 'content-type': 'text/html' })
    res.end('<p>Not found</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    requests,
    /** Every service answers 503 while set (the pages still answer). */
    setFailing: (value: boolean) => {
      failing = value
    },
    env: {
      CROSSREF_API_URL: `${origin}/crossref`,
      NCBI_EUTILS_URL: `${origin}/eutils`,
      NCBI_IDCONV_URL: `${origin}/idconv/`,
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
