import { randomUUID } from 'node:crypto'
import { identifiersFromUrl, normaliseDoi, normalisePmcid, normalisePmid } from '../../lib/references/identifiers'
import { REFERENCE_TYPE_VALUES, type ReferenceType } from '../../lib/references/model'
import { typeFromUrl } from '../../lib/references/source-kinds'

/** A citation as stored before or after the reference model. */
export interface StoredCitation {
  _id: string
  _type: string
  url?: unknown
  type?: unknown
  authors?: unknown
  publishedAt?: unknown
  issued?: unknown
  doi?: unknown
  pmid?: unknown
  pmcid?: unknown
}

export interface CitationChanges {
  set: Record<string, unknown>
  unset: string[]
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/**
 * What moving one citation to the reference model changes. Only what the stored fields and the
 * address prove: identifiers read from the URL (PMC, PubMed, doi.org, DOI-bearing publisher
 * addresses), the type where the address proves it (else a web page, which is what a
 * title-site-address-accessed entry is), `publishedAt` as `issued`, author names as written.
 * Nothing is looked up or guessed; running it again changes nothing.
 */
export function migrateCitation(doc: StoredCitation): CitationChanges {
  const changes: CitationChanges = { set: {}, unset: [] }
  const url = text(doc.url)
  const fromUrl = identifiersFromUrl(url)

  if (!REFERENCE_TYPE_VALUES.includes(doc.type as ReferenceType)) changes.set.type = typeFromUrl(url) ?? 'webpage'
  for (const [field, normalise] of [
    ['doi', normaliseDoi],
    ['pmid', normalisePmid],
    ['pmcid', normalisePmcid],
  ] as const) {
    const stored = text(doc[field])
    const value = stored ? normalise(stored) : fromUrl[field]
    if (value && value !== stored) changes.set[field] = value
  }

  // Authors were plain strings; a string is kept as written, as a name the style prints verbatim.
  if (Array.isArray(doc.authors) && doc.authors.some((author) => typeof author === 'string')) {
    changes.set.authors = doc.authors.flatMap((author) => {
      if (typeof author !== 'string') return [author]
      return author.trim() ? [{ _type: 'organisation', _key: randomUUID().slice(0, 12), literal: author.trim() }] : []
    })
  }

  if (doc.publishedAt !== undefined) {
    const published = text(doc.publishedAt)?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0]
    if (published && !text(doc.issued)) changes.set.issued = published
    changes.unset.push('publishedAt')
  }
  return changes
}
