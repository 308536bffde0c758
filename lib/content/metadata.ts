import { stegaClean } from '@sanity/client/stega'
import type { Metadata } from 'next'
import { siteShareCard, type ShareImage } from '../images/share'

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
  /** og:image; the site's card when a page has none of its own. */
  image?: ShareImage
}

/** Metadata is read by browsers' tabs, search engines and crawlers: never with stega (lib/preview/stega.ts). */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path, siteTitle, article, image } = stegaClean(input)
  const shareTitle = title ?? siteTitle
  const shareImage = image ?? siteShareCard(siteTitle)
  return {
    ...(title ? { title } : { title: { absolute: siteTitle } }),
    description,
    // A page's `alternates` replaces the layout's whole (Next merges metadata one key deep), so the
    // feed is advertised here, with the canonical address, on every page.
    alternates: { canonical: path, types: { 'application/rss+xml': [{ url: '/feed.xml', title: `${siteTitle} — latest posts` }] } },
    openGraph: {
      title: shareTitle,
      description,
      url: path,
      siteName: siteTitle,
      locale: 'en_US',
      images: [shareImage],
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
  }
}
