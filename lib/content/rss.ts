import { isMeaningfulUpdate, isoDateTime, rfc822Date } from './dates'

/** RSS 2.0 for the blog. Text is escaped here; nothing from content reaches the XML raw. */

export interface RssItem {
  title: string
  url: string
  description: string
  publishedAt: string
  /** When the content last changed (an update or a logged correction); sent as `atom:updated` when after publication. */
  modifiedAt?: string | null
  author: string | null
  categories: string[]
}

export interface RssChannel {
  title: string
  description: string
  siteUrl: string
  feedUrl: string
  items: RssItem[]
}

// XML 1.0 forbids most control characters even when escaped; drop them.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function buildRss(channel: RssChannel): string {
  const updated = (item: RssItem) =>
    item.modifiedAt && isMeaningfulUpdate(item.publishedAt, item.modifiedAt) ? isoDateTime(item.modifiedAt) : null
  const newest = channel.items
    .flatMap((item) => [isoDateTime(item.publishedAt), updated(item)])
    .filter((date): date is string => !!date)
    .sort()
    .at(-1)
  const lastBuild = newest ? rfc822Date(newest) : null
  const items = channel.items.map((item) => {
    const pubDate = rfc822Date(item.publishedAt)
    const updatedAt = updated(item)
    return [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      pubDate ? `      <pubDate>${pubDate}</pubDate>` : null,
      updatedAt ? `      <atom:updated>${updatedAt}</atom:updated>` : null,
      `      <description>${escapeXml(item.description)}</description>`,
      item.author ? `      <dc:creator>${escapeXml(item.author)}</dc:creator>` : null,
      ...item.categories.map((category) => `      <category>${escapeXml(category)}</category>`),
      '    </item>',
    ]
      .filter((line) => line !== null)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.siteUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    '    <language>en</language>',
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    lastBuild ? `    <lastBuildDate>${lastBuild}</lastBuildDate>` : null,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== null)
    .join('\n')
}
