import { stegaClean } from '@sanity/client/stega'
import { describeCitation, type CitationFields } from './citation-format'
import { isoDateTime } from './dates'

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

export function breadcrumbListJsonLd(crumbs: readonly Crumb[]) {
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

export interface BlogPostingInput {
  url: string
  headline: string
  description: string
  imageUrls: string[]
  author: { name: string } | null
  publishedAt: string
  updatedAt: string | null
  publisher: { name: string; url: string }
  keywords: string[]
  section: string | null
  citations: readonly CitationFields[]
}

/** `BlogPosting` with one `CreativeWork` per works-cited entry in `citation`. */
export function blogPostingJsonLd(input: BlogPostingInput) {
  const published = isoDateTime(input.publishedAt)
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description || undefined,
    image: input.imageUrls.length > 0 ? input.imageUrls : undefined,
    author: input.author ? { '@type': 'Person', name: input.author.name } : { '@type': 'Organization', name: input.publisher.name },
    datePublished: published ?? undefined,
    dateModified: isoDateTime(input.updatedAt) ?? published ?? undefined,
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    keywords: input.keywords.length > 0 ? input.keywords.join(', ') : undefined,
    articleSection: input.section ?? undefined,
    citation: input.citations.map((citation) => {
      const display = describeCitation(citation)
      return {
        '@type': 'CreativeWork',
        name: display.title,
        ...(display.url ? { url: display.url } : {}),
        ...(citation.site?.trim() ? { publisher: { '@type': 'Organization', name: citation.site.trim() } } : {}),
      }
    }),
  }
}
