import type {
  BlogPosting,
  BreadcrumbList,
  MedicalWebPage,
  Person,
  PersonLeaf,
  ProfilePage,
  WebPage,
  WebPageLeaf,
  WithContext,
} from 'schema-dts'
import { stegaClean } from '@sanity/client/stega'
import { doiUrl, pmcUrl, pubmedUrl, type CitationDisplay } from './citation-display'
import { isoDate, isoDateTime } from './dates'

/**
 * Structured data for search engines. `serializeJsonLd` makes the JSON safe inside a
 * `<script>` element: content can hold "</script>" and must not end it early.
 */
export function serializeJsonLd(data: unknown): string {
  // Search engines read these strings: never the draft preview's invisible field markers.
  return JSON.stringify(stegaClean(data))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface Crumb {
  name: string
  /** Absolute URL; the last crumb (the current page) may leave it out. */
  url?: string
}

export function breadcrumbListJsonLd(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.url ? { item: crumb.url } : {}),
    })),
  }
}

/** A person as structured data: their page, role and post-nominal letters ("MD"). */
export interface PersonInput {
  name: string
  /** Absolute URL of their author page. */
  url?: string | null
  jobTitle?: string | null
  credentials?: string | null
}

export function personJsonLd(person: PersonInput): PersonLeaf {
  return {
    '@type': 'Person',
    name: person.name,
    ...(person.url ? { url: person.url } : {}),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.credentials ? { honorificSuffix: person.credentials } : {}),
  }
}

export interface BlogPostingInput {
  url: string
  headline: string
  description: string
  imageUrls: string[]
  author: PersonInput | null
  publishedAt: string
  /** When the content last changed (the latest update or logged change). */
  updatedAt: string | null
  publisher: { name: string; url: string }
  keywords: string[]
  section: string | null
  /** The works cited as readers see them: the page passes the very list its works cited renders. */
  citations: readonly CitationDisplay[]
}

/** `BlogPosting` with one `CreativeWork` per works-cited entry in `citation`. */
export function blogPostingJsonLd(input: BlogPostingInput): Exclude<BlogPosting, string> & { '@type': 'BlogPosting' } {
  const published = isoDateTime(input.publishedAt)
  return {
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description || undefined,
    image: input.imageUrls.length > 0 ? input.imageUrls : undefined,
    author: input.author ? personJsonLd(input.author) : { '@type': 'Organization', name: input.publisher.name },
    datePublished: published ?? undefined,
    dateModified: isoDateTime(input.updatedAt) ?? published ?? undefined,
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    keywords: input.keywords.length > 0 ? input.keywords.join(', ') : undefined,
    articleSection: input.section ?? undefined,
    citation: input.citations.map(citationJsonLd),
  }
}

/**
 * A works-cited entry as a `CreativeWork`: its DOI, PMID and PMCID as `identifier`s (named by
 * `propertyID`, the way schema.org writes identifiers with no property of their own) and their
 * resolver addresses as `sameAs`, so a reader of the data can tell which study it is.
 */
function citationJsonLd(citation: CitationDisplay) {
  const ids = [
    citation.doi ? { propertyID: 'DOI', value: citation.doi, url: doiUrl(citation.doi) } : null,
    citation.pmid ? { propertyID: 'PMID', value: citation.pmid, url: pubmedUrl(citation.pmid) } : null,
    citation.pmcid ? { propertyID: 'PMCID', value: citation.pmcid, url: pmcUrl(citation.pmcid) } : null,
  ].filter((id) => id !== null)
  return {
    '@type': 'CreativeWork' as const,
    name: citation.title,
    ...(citation.url ? { url: citation.url } : {}),
    ...(citation.archive ? { archivedAt: citation.archive.url } : {}),
    ...(citation.site ? { publisher: { '@type': 'Organization' as const, name: citation.site } } : {}),
    ...(ids.length > 0
      ? {
          identifier: ids.map(({ propertyID, value }) => ({ '@type': 'PropertyValue' as const, propertyID, value })),
          sameAs: ids.map(({ url }) => url),
        }
      : {}),
  }
}

export interface PostPageJsonLdInput {
  /** MedicalWebPage on a health site, WebPage otherwise (Site settings). */
  isMedicalSite: boolean
  posting: BlogPostingInput
  reviewer: PersonInput | null
  lastReviewedAt: string | null
}

/**
 * The page around a post: a `MedicalWebPage` (or `WebPage`) saying who reviewed it and when, whose
 * `mainEntity` is the article itself.
 */
export function postPageJsonLd(input: PostPageJsonLdInput): WithContext<MedicalWebPage> | WithContext<WebPage> {
  const posting = blogPostingJsonLd(input.posting)
  const lastReviewed = isoDate(input.lastReviewedAt)
  const page: Omit<WebPageLeaf, '@type'> = {
    '@id': `${input.posting.url}#webpage`,
    url: input.posting.url,
    name: input.posting.headline,
    ...(input.posting.description ? { description: input.posting.description } : {}),
    ...(input.reviewer && lastReviewed ? { reviewedBy: personJsonLd(input.reviewer), lastReviewed } : {}),
    ...(posting.dateModified ? { dateModified: posting.dateModified } : {}),
    mainEntity: posting,
  }
  return input.isMedicalSite
    ? { '@context': 'https://schema.org', '@type': 'MedicalWebPage', ...page }
    : { '@context': 'https://schema.org', '@type': 'WebPage', ...page }
}

export interface ProfileInput extends PersonInput {
  url: string
  description?: string | null
  imageUrl?: string | null
  sameAs: string[]
  knowsAbout: string[]
}

/** An author page: a `ProfilePage` about one `Person`. */
export function profilePageJsonLd(person: ProfileInput): WithContext<ProfilePage> {
  const about: Person = {
    ...personJsonLd(person),
    '@id': `${person.url}#person`,
    ...(person.description ? { description: person.description } : {}),
    ...(person.imageUrl ? { image: person.imageUrl } : {}),
    ...(person.sameAs.length > 0 ? { sameAs: person.sameAs } : {}),
    ...(person.knowsAbout.length > 0 ? { knowsAbout: person.knowsAbout } : {}),
  }
  return { '@context': 'https://schema.org', '@type': 'ProfilePage', url: person.url, name: person.name, mainEntity: about }
}
