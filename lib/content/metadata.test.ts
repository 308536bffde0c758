import { describe, expect, it } from 'vitest'
import { pageMetadata } from './metadata'

describe('pageMetadata', () => {
  it('gives a post its canonical path, an article Open Graph and a large Twitter card', () => {
    const metadata = pageMetadata({
      title: 'D3 and K2',
      description: 'Why they pair.',
      path: '/blog/d3-k2',
      siteTitle: 'Cited',
      article: { publishedTime: '2025-06-27T09:00:00Z', authors: ['Dana'], tags: ['vitamin d'] },
    })
    expect(metadata.title).toBe('D3 and K2')
    expect(metadata.alternates).toEqual({
      canonical: '/blog/d3-k2',
      types: { 'application/rss+xml': [{ url: '/feed.xml', title: 'Cited — latest posts' }] },
    })
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      url: '/blog/d3-k2',
      siteName: 'Cited',
      modifiedTime: '2025-06-27T09:00:00Z',
    })
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: 'D3 and K2', description: 'Why they pair.' })
    expect(metadata.robots).toBeUndefined()
  })

  it('uses the bare site title on the home page', () => {
    const metadata = pageMetadata({ description: 'd', path: '/', siteTitle: 'Cited' })
    expect(metadata.title).toEqual({ absolute: 'Cited' })
    expect(metadata.openGraph).toMatchObject({ type: 'website', title: 'Cited' })
  })

  it("gives every page a share image: its own when it has one, the site's card otherwise", () => {
    const own = { url: '/media/a-1200x630.jpg?w=1200', width: 1200, height: 630, alt: 'A bowl of natto' }
    expect(pageMetadata({ description: 'd', path: '/blog/x', siteTitle: 'Cited', image: own }).openGraph).toMatchObject({ images: [own] })
    expect(pageMetadata({ description: 'd', path: '/', siteTitle: 'Cited' }).openGraph).toMatchObject({
      images: [{ url: '/share-cards/site', width: 1200, height: 630 }],
    })
  })
})
