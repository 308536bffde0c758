/**
 * The reference model: what a citation records about the work it cites, in CSL-JSON's
 * vocabulary where it fits. Type-only imports elsewhere keep it out of browser bundles that only
 * need the shapes.
 */

/** The kinds of cited work, one declaration for the Studio's choices, the zod schema and the CSL mapping. */
export const REFERENCE_TYPES = [
  { value: 'article-journal', title: 'Journal article' },
  { value: 'webpage', title: 'Web page' },
  { value: 'government', title: 'Government or health-agency page' },
  { value: 'book', title: 'Book' },
  { value: 'chapter', title: 'Book chapter' },
  { value: 'preprint', title: 'Preprint' },
  { value: 'news', title: 'News article' },
] as const

export type ReferenceType = (typeof REFERENCE_TYPES)[number]['value']
export const REFERENCE_TYPE_VALUES = REFERENCE_TYPES.map((type) => type.value) as [ReferenceType, ...ReferenceType[]]

/** A person (`family`, `given`) or an organisation as author (`literal`). */
export type ReferenceAuthor = { family: string; given?: string | null } | { literal: string }

/** The reference styles a site may choose (`siteSettings.referenceStyle`); AMA when unset. */
export const REFERENCE_STYLES = [
  { value: 'ama', title: 'AMA (American Medical Association, 11th edition)' },
  { value: 'vancouver', title: 'Vancouver (ICMJE / NLM)' },
  { value: 'apa', title: 'APA (7th edition)' },
] as const
export type ReferenceStyle = (typeof REFERENCE_STYLES)[number]['value']
export const DEFAULT_REFERENCE_STYLE: ReferenceStyle = 'ama'

/** A citation's bibliographic fields, as stored (DESIGN.md: the citation's reference fields). */
export interface Reference {
  type?: ReferenceType | null
  title: string
  /** Publisher or site name. */
  site?: string | null
  url?: string | null
  accessedAt?: string | null
  authors?: readonly ReferenceAuthor[] | null
  /** Journal, book (for a chapter) or website name. */
  container?: string | null
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  issued?: string | null
  volume?: string | null
  issue?: string | null
  pages?: string | null
  doi?: string | null
  pmid?: string | null
  pmcid?: string | null
  isbn?: string | null
}
