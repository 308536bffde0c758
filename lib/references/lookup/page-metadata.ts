import { Parser } from 'htmlparser2'
import { fillGaps, issuedFromText, personFromName, type CitationAuthor, type CitationFields, type CitationType } from './fields'
import { identifierInUrl } from './identifier'

/**
 * The reference a page states about itself, in the vocabularies publishers use, most specific
 * first: Highwire Press `citation_*` tags (what Google Scholar reads; journals and PMC carry
 * them), JSON-LD (schema.org ScholarlyArticle, NewsArticle, WebPage…), Dublin Core (`DC.*`), then
 * Open Graph and the `<title>`.
 *
 * Parsed with htmlparser2 (already a dependency for the sources check) plus this mapping, rather
 * than metascraper: its rules produce generic fields (one author string, one date, publisher) and
 * none of volume, issue, pages, DOI or PMID, and its helpers need the native `re2` module, which
 * would be compiled at install time.
 */

interface PageTags {
  /** Lower-cased `name`/`property` → every `content` in document order. */
  meta: Map<string, string[]>
  jsonLd: unknown[]
  title: string
}

const MAX_JSON_LD_CHARS = 500_000

export function readPageTags(html: string): PageTags {
  const meta = new Map<string, string[]>()
  const jsonLd: unknown[] = []
  let title = ''
  let inTitle = false
  let scriptText: string | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta') {
          const key = (attributes.name ?? attributes.property ?? '').trim().toLowerCase()
          const content = attributes.content?.replace(/\s+/g, ' ').trim()
          if (key && content) meta.set(key, [...(meta.get(key) ?? []), content])
        } else if (name === 'title') inTitle = true
        else if (name === 'script' && attributes.type?.trim().toLowerCase() === 'application/ld+json') scriptText = ''
      },
      ontext(text) {
        if (inTitle) title += text
        if (scriptText !== null && scriptText.length < MAX_JSON_LD_CHARS) scriptText += text
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        if (name === 'script' && scriptText !== null) {
          try {
            jsonLd.push(JSON.parse(scriptText))
          } catch {
            // A broken JSON-LD block says nothing; the other vocabularies still may.
          }
          scriptText = null
        }
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  return { meta, jsonLd, title: title.replace(/\s+/g, ' ').trim() }
}

const first = (tags: PageTags, ...names: string[]) => {
  for (const name of names) {
    const value = tags.meta.get(name)?.[0]
    if (value) return value
  }
  return undefined
}
const all = (tags: PageTags, name: string) => tags.meta.get(name) ?? []
const compact = (fields: CitationFields) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== '')) as CitationFields

const bareDoi = (value: string | undefined) => {
  const doi = value?.replace(/^(doi:\s*|https?:\/\/(dx\.)?doi\.org\/)/i, '').trim()
  return doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : undefined
}

function highwire(tags: PageTags): CitationFields {
  const authors = all(tags, 'citation_author')
    .map(personFromName)
    .filter((author): author is CitationAuthor => !!author)
  const firstPage = first(tags, 'citation_firstpage')
  const lastPage = first(tags, 'citation_lastpage')
  const journal = first(tags, 'citation_journal_title')
  const pmcid = first(tags, 'citation_pmcid')
  return compact({
    type: journal ? 'article-journal' : first(tags, 'citation_isbn') ? 'book' : undefined,
    title: first(tags, 'citation_title'),
    authors: authors.length ? authors : undefined,
    container: journal,
    issued: issuedFromText(first(tags, 'citation_publication_date', 'citation_date', 'citation_online_date')),
    volume: first(tags, 'citation_volume'),
    issue: first(tags, 'citation_issue'),
    pages: firstPage && lastPage && lastPage !== firstPage ? `${firstPage}-${lastPage}` : firstPage,
    doi: bareDoi(first(tags, 'citation_doi')),
    pmid: first(tags, 'citation_pmid')?.match(/^\d{1,9}$/)?.[0],
    pmcid: pmcid ? `PMC${pmcid.replace(/^PMC/i, '')}` : undefined,
    isbn: first(tags, 'citation_isbn'),
    site: first(tags, 'citation_publisher'),
  })
}

function dublinCore(tags: PageTags): CitationFields {
  const authors = [...all(tags, 'dc.creator'), ...all(tags, 'dcterms.creator')]
    .map(personFromName)
    .filter((author): author is CitationAuthor => !!author)
  const identifier = [...all(tags, 'dc.identifier'), ...all(tags, 'dcterms.identifier')].map(bareDoi).find(Boolean)
  return compact({
    title: first(tags, 'dc.title', 'dcterms.title'),
    authors: authors.length ? authors : undefined,
    issued: issuedFromText(first(tags, 'dc.date', 'dcterms.issued', 'dcterms.date', 'dcterms.created')),
    site: first(tags, 'dc.publisher', 'dcterms.publisher'),
    doi: identifier,
  })
}

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)
const typesOf = (node: Node) => [node['@type']].flat().filter((type): type is string => typeof type === 'string')
const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() || undefined : undefined)
const nameOf = (value: unknown) => (isNode(value) ? text(value.name) : text(value))

const JSON_LD_TYPES: Record<string, CitationType> = {
  ScholarlyArticle: 'article-journal',
  MedicalScholarlyArticle: 'article-journal',
  NewsArticle: 'news',
  Book: 'book',
  Chapter: 'chapter',
  WebPage: 'webpage',
  MedicalWebPage: 'webpage',
  Article: 'webpage',
  BlogPosting: 'webpage',
}

function jsonLd(tags: PageTags): CitationFields {
  const nodes = tags.jsonLd
    .flatMap((block) => [block].flat())
    .flatMap((node) => (isNode(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node]))
  const node = nodes.filter(isNode).find((candidate) => typesOf(candidate).some((type) => type in JSON_LD_TYPES))
  if (!node) return {}
  const authors = [node.author]
    .flat()
    .filter(Boolean)
    .flatMap((author): CitationAuthor[] => {
      const name = nameOf(author)
      if (!name) return []
      const organisation = isNode(author) && typesOf(author).some((type) => /Organization|GovernmentOrganization/.test(type))
      const person = organisation ? undefined : personFromName(name)
      return [person ?? { literal: name }]
    })
  const type = typesOf(node)
    .map((candidate) => JSON_LD_TYPES[candidate])
    .find(Boolean)
  const partOf = isNode(node.isPartOf) ? node.isPartOf : undefined
  return compact({
    type,
    title: text(node.headline) ?? text(node.name),
    authors: authors.length ? authors : undefined,
    issued: issuedFromText(text(node.datePublished)),
    container: type === 'article-journal' ? nameOf(partOf) : undefined,
    site: nameOf(node.publisher),
    doi: bareDoi(text(node.sameAs) ?? text(node.identifier)),
  })
}

function openGraph(tags: PageTags): CitationFields {
  return compact({
    title: first(tags, 'og:title', 'twitter:title') ?? (tags.title || undefined),
    site: first(tags, 'og:site_name'),
    issued: issuedFromText(first(tags, 'article:published_time')),
    type: 'webpage',
  })
}

/** The citation fields a page's own metadata gives; `url` is where the page was found (after redirects). */
export function fieldsFromPage(html: string, url: string): CitationFields {
  const tags = readPageTags(html)
  const fields = [highwire(tags), jsonLd(tags), dublinCore(tags), openGraph(tags)].reduce(fillGaps, { url } as CitationFields)
  // A .gov page that calls itself a plain web page is a government or health-agency page.
  if (fields.type === 'webpage' && /\.gov(\.[a-z]{2})?$/i.test(new URL(url).hostname)) fields.type = 'government'
  const revealed = identifierInUrl(new URL(url))
  if (revealed?.kind === 'pmcid' && !fields.pmcid) fields.pmcid = revealed.pmcid
  return fields
}
