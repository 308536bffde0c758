import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { buildRss, escapeXml } from './rss'

const parseXml = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Cited & Co',
    description: 'Evidence <first>',
    siteUrl: 'https://example.com',
    feedUrl: 'https://example.com/feed.xml',
    items: [
      {
        title: 'D3 & K2: "better" together',
        url: 'https://example.com/blog/d3-k2',
        description: 'Calcium goes where it <should>.\u0001',
        publishedAt: '2025-06-27T09:00:00Z',
        author: 'Dana',
        categories: ['Vitamins', 'Bone health'],
      },
      {
        title: 'Older',
        url: 'https://example.com/blog/older',
        description: '',
        publishedAt: '2025-01-02T00:00:00Z',
        author: null,
        categories: [],
      },
    ],
  })

  it('is well-formed XML that keeps the text as written', () => {
    const doc = parseXml(xml)
    const items = [...doc.querySelectorAll('item')]
    expect(items).toHaveLength(2)
    expect(items[0]!.querySelector('title')!.textContent).toBe('D3 & K2: "better" together')
    expect(items[0]!.querySelector('description')!.textContent).toBe('Calcium goes where it <should>.')
    expect([...items[0]!.querySelectorAll('category')].map((node) => node.textContent)).toEqual(['Vitamins', 'Bone health'])
    expect(items[0]!.querySelector('guid')!.textContent).toBe('https://example.com/blog/d3-k2')
    expect(items[0]!.querySelector('pubDate')!.textContent).toBe('Fri, 27 Jun 2025 09:00:00 GMT')
  })

  it('dates the channel by its newest item', () => {
    expect(parseXml(xml).querySelector('lastBuildDate')!.textContent).toBe('Fri, 27 Jun 2025 09:00:00 GMT')
  })

  it('tells readers an item changed after publication, and dates the channel by that change', () => {
    const base = {
      title: 'A',
      url: 'https://example.com/blog/a',
      description: '',
      publishedAt: '2025-06-27T09:00:00Z',
      author: null,
      categories: [],
    }
    const changed = parseXml(
      buildRss({
        title: 'C',
        description: 'D',
        siteUrl: 'https://example.com',
        feedUrl: 'https://example.com/feed.xml',
        items: [{ ...base, modifiedAt: '2026-02-10' }],
      }),
    )
    expect(changed.getElementsByTagName('atom:updated')[0]!.textContent).toBe('2026-02-10T00:00:00.000Z')
    expect(changed.querySelector('lastBuildDate')!.textContent).toBe('Tue, 10 Feb 2026 00:00:00 GMT')
    // A same-day touch-up is not news to a feed reader.
    const sameDay = buildRss({
      title: 'C',
      description: 'D',
      siteUrl: 'https://example.com',
      feedUrl: 'https://example.com/feed.xml',
      items: [{ ...base, modifiedAt: '2025-06-27T18:00:00Z' }],
    })
    expect(sameDay).not.toContain('atom:updated')
  })
})

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;')
  })
})
