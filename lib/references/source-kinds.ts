/**
 * What kind of source a citation is — a peer-reviewed study, a government or health agency, a
 * health system, a commercial site… — for the works-cited summary ("55 sources: 31 peer-reviewed
 * studies, …") and the Studio's commercial-source warning. From the citation's own `sourceKind`
 * when an editor set one, else its type, else the maintained domain list below.
 */

import type { ReferenceType } from './model'

/** The kinds, in the order the summary lists equal counts; `one`/`many` are the summary's words. */
export const SOURCE_KINDS = [
  { value: 'peer-reviewed', title: 'Peer-reviewed study', one: 'peer-reviewed study', many: 'peer-reviewed studies' },
  { value: 'government', title: 'Government or health agency', one: 'government or health agency', many: 'government and health agencies' },
  { value: 'health-system', title: 'Health system or hospital', one: 'health system', many: 'health systems' },
  { value: 'preprint', title: 'Preprint (not yet peer reviewed)', one: 'preprint', many: 'preprints' },
  { value: 'book', title: 'Book', one: 'book', many: 'books' },
  { value: 'news', title: 'News outlet', one: 'news article', many: 'news articles' },
  { value: 'commercial', title: 'Commercial site (sells products or runs on ads)', one: 'commercial site', many: 'commercial sites' },
  { value: 'other', title: 'Other site', one: 'other site', many: 'other sites' },
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]['value']
export const SOURCE_KIND_VALUES = SOURCE_KINDS.map((kind) => kind.value) as [SourceKind, ...SourceKind[]]

/**
 * The maintained domain classification: a host or any of its subdomains. Journals and publishers'
 * article pages are studies; agencies' own domains are government; commercial means the site sells
 * the product it writes about or is ad-funded health media. Add a domain here when a post cites a
 * new one; a single citation that does not fit its domain is overridden on the citation.
 */
const DOMAIN_KINDS: Record<string, SourceKind> = {
  // Journals, publishers and article databases
  'pmc.ncbi.nlm.nih.gov': 'peer-reviewed',
  'pubmed.ncbi.nlm.nih.gov': 'peer-reviewed',
  'doi.org': 'peer-reviewed',
  'mdpi.com': 'peer-reviewed',
  'frontiersin.org': 'peer-reviewed',
  'jacc.org': 'peer-reviewed',
  'bmj.com': 'peer-reviewed',
  'ahajournals.org': 'peer-reviewed',
  'ashpublications.org': 'peer-reviewed',
  'nejm.org': 'peer-reviewed',
  'thelancet.com': 'peer-reviewed',
  'jamanetwork.com': 'peer-reviewed',
  'nature.com': 'peer-reviewed',
  'sciencedirect.com': 'peer-reviewed',
  'springer.com': 'peer-reviewed',
  'wiley.com': 'peer-reviewed',
  'cochranelibrary.com': 'peer-reviewed',
  'researchgate.net': 'peer-reviewed',
  'medrxiv.org': 'preprint',
  'biorxiv.org': 'preprint',
  // Government and health agencies beyond .gov (see isGovernmentHost)
  'nhs.uk': 'government',
  'who.int': 'government',
  'canada.ca': 'government',
  'europa.eu': 'government',
  // Health systems and hospitals
  'clevelandclinic.org': 'health-system',
  'mayoclinic.org': 'health-system',
  'mountsinai.org': 'health-system',
  'hopkinsmedicine.org': 'health-system',
  'mskcc.org': 'health-system',
  // Commercial: product sellers, clinics selling services, ad-funded health media
  'ausnaturalcare.com.au': 'commercial',
  'melioguide.com': 'commercial',
  'rupahealth.com': 'commercial',
  'algaecal.com': 'commercial',
  'mailledevlin.com': 'commercial',
  'mediq7.com': 'commercial',
  'joinmidi.com': 'commercial',
  'goodrx.com': 'commercial',
  'healthline.com': 'commercial',
  'health.com': 'commercial',
  'webmd.com': 'commercial',
  'verywellhealth.com': 'commercial',
  'drugs.com': 'commercial',
  'drugbank.com': 'commercial',
  'openaccessjournals.com': 'commercial',
  'taylorandfrancis.com': 'commercial',
  // News
  'nytimes.com': 'news',
  'bbc.co.uk': 'news',
  'theguardian.com': 'news',
  'reuters.com': 'news',
}

/** A government host: `.gov`, `.gov.<country>`, `.mil`, or an agency domain listed above. */
export function isGovernmentHost(host: string): boolean {
  return /\.(?:gov|mil)(?:\.[a-z]{2})?$/i.test(host) || domainKind(host) === 'government'
}

function domainKind(host: string): SourceKind | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.')
  for (let start = 0; start < labels.length - 1; start += 1) {
    const kind = DOMAIN_KINDS[labels.slice(start).join('.')]
    if (kind) return kind
  }
  return undefined
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return new URL(url ?? '').hostname
  } catch {
    return null
  }
}

const KIND_OF_TYPE: Partial<Record<ReferenceType, SourceKind>> = {
  'article-journal': 'peer-reviewed',
  government: 'government',
  preprint: 'preprint',
  book: 'book',
  chapter: 'book',
  news: 'news',
}

export interface Classifiable {
  type?: ReferenceType | null
  url?: string | null
  /** The editor's override (`citation.sourceKind`). */
  sourceKind?: SourceKind | null
}

export function sourceKind(source: Classifiable): SourceKind {
  if (source.sourceKind) return source.sourceKind
  const byType = source.type ? KIND_OF_TYPE[source.type] : undefined
  if (byType) return byType
  const host = hostOf(source.url)
  if (!host) return 'other'
  return domainKind(host) ?? (isGovernmentHost(host) ? 'government' : 'other')
}

/** "55 sources: 31 peer-reviewed studies, 12 government and health agencies, 5 health systems, 4 commercial sites". */
export function sourcesSummary(kinds: readonly SourceKind[]): string {
  const counts = new Map<SourceKind, number>()
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  const parts = SOURCE_KINDS.filter((kind) => counts.has(kind.value))
    .map((kind) => ({ kind, count: counts.get(kind.value)! }))
    .sort((a, b) => b.count - a.count) // stable: equal counts keep the declared order
    .map(({ kind, count }) => `${count} ${count === 1 ? kind.one : kind.many}`)
  const total = `${kinds.length} ${kinds.length === 1 ? 'source' : 'sources'}`
  return parts.length > 0 ? `${total}: ${parts.join(', ')}` : total
}

/**
 * The type an address proves on its own: a PubMed Central or PubMed article is a journal article;
 * a government agency's page is a government page. `undefined` where the address proves nothing.
 */
export function typeFromUrl(url: string | null | undefined): ReferenceType | undefined {
  const host = hostOf(url)?.toLowerCase()
  if (!host) return undefined
  const path = new URL(url!).pathname
  if (host === 'pmc.ncbi.nlm.nih.gov' || host === 'pubmed.ncbi.nlm.nih.gov') return 'article-journal'
  if (/^(?:www\.)?ncbi\.nlm\.nih\.gov$/.test(host) && /^\/(?:pmc\/articles|pubmed)\//.test(path)) return 'article-journal'
  return isGovernmentHost(host) ? 'government' : undefined
}
