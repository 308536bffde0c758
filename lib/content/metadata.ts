import type { Metadata } from 'next'

/**
 * Per-page metadata: canonical URL, Open Graph and Twitter in one shape. Next merges metadata
 * shallowly, so each page states its whole `openGraph` here rather than relying on the layout.
 */
export interface PageMetadataInput {
  /** The page's own title; the layout's template adds the site name. Absent on the home page. */
  title?: string
  description: string
  /** Site path, e.g. "/blog/vitamin-b"; made absolute against `metadataBase`. */
  path: string
  siteTitle: string
  article?: { publishedTime: string; modifiedTime?: string | null; authors?: string[]; section?: string; tags?: string[] }
  noIndex?: boolean
}

export function pageMetadata({ title, description, path, siteTitle, article, noIndex }: PageMetadataInput): Metadata {
  const shareTitle = title ?? siteTitle
  return {
    ...(title ? { title } : { title: { absolute: siteTitle } }),
    description,
    alternates: { canonical: path },
    openGraph: {
      title: shareTitle,
      description,
      url: path,
      siteName: siteTitle,
      locale: 'en_US',
      ...(article
        ? {
            type: 'article',
            publishedTime: article.publishedTime,
            modifiedTime: article.modifiedTime ?? article.publishedTime,
            authors: article.authors,
            section: article.section,
            tags: article.tags,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: shareTitle, description },
    ...(noIndex ? { robots: { index: false, follow: true } } : {}),
  }
}
