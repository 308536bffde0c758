import { describe, expect, it } from 'vitest'
import { demoDocuments, draftPosts, get, page, parseXml, publicPosts, slugOf } from './support'

const SITE = 'https://cited.example'

describe('/feed.xml', () => {
  it('is RSS 2.0 with one item per public post, newest first', async () => {
    const response = await get('/feed.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/rss+xml')
    const feed = parseXml(await response.text())
    expect(feed.documentElement.nodeName).toBe('rss')
    expect(feed.documentElement.getAttribute('version')).toBe('2.0')
    const items = [...feed.querySelectorAll('channel > item')]
    const expected = [...publicPosts].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
    expect(items.map((item) => item.querySelector('link')?.textContent)).toEqual(expected.map((post) => `${SITE}/blog/${slugOf(post)}`))
    items.forEach((item, index) => {
      const post = expected[index]!
      expect(item.querySelector('title')?.textContent).toBe(post.title)
      expect(item.querySelector('guid')?.textContent).toBe(`${SITE}/blog/${slugOf(post)}`)
      expect(new Date(item.querySelector('pubDate')!.textContent!).toISOString()).toBe(new Date(String(post.publishedAt)).toISOString())
      expect(item.querySelector('description')?.textContent).toBe(post.excerpt ?? '')
      expect(item.querySelectorAll('category').length).toBe((post.categories as unknown[] | undefined)?.length ?? 0)
    })
  })

  it('never holds the draft', async () => {
    const xml = await (await get('/feed.xml')).text()
    for (const draft of draftPosts) {
      expect(xml).not.toContain(`/blog/${slugOf(draft)}<`)
      expect(xml).not.toContain(String(draft.title))
    }
  })
})

describe('the feed is advertised', () => {
  it.each(['/', '/blog', '/blog/vitamin-b', '/authors', '/about'])('%s names /feed.xml in its <head>', async (pathname) => {
    const { document } = await page(pathname)
    const links = [...document.head.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')]
    expect(links.map((link) => new URL(link.getAttribute('href')!, SITE).pathname)).toEqual(['/feed.xml'])
  })
})

describe('/sitemap.xml', () => {
  it('lists every public page with lastmod from its latest change, update or publication, and no draft', async () => {
    const response = await get('/sitemap.xml')
    expect(response.status).toBe(200)
    const sitemap = parseXml(await response.text())
    const entries = new Map(
      [...sitemap.getElementsByTagName('url')].map((url) => [
        url.getElementsByTagName('loc')[0]!.textContent!,
        url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
      ]),
    )
    for (const post of publicPosts) {
      const lastmod = entries.get(`${SITE}/blog/${slugOf(post)}`)
      expect(lastmod, slugOf(post)).toBeTruthy()
      const dates = [
        post.publishedAt,
        post.updatedAt,
        ...((post.changes as Array<{ date: string }> | undefined) ?? []).map((change) => change.date),
      ]
      const latest = Math.max(...dates.filter(Boolean).map((date) => new Date(String(date)).getTime()))
      expect(new Date(lastmod!).getTime(), slugOf(post)).toBe(latest)
    }
    expect(entries.has(`${SITE}/`)).toBe(true)
    expect(entries.has(`${SITE}/blog`)).toBe(true)
    expect(entries.has(`${SITE}/blog/page/2`)).toBe(true)
    for (const slug of ['about', 'editorial-policy', 'corrections-policy', 'contact'])
      expect(entries.has(`${SITE}/${slug}`), slug).toBe(true)
    for (const draft of draftPosts) expect(entries.has(`${SITE}/blog/${slugOf(draft)}`)).toBe(false)
    // Every address in the sitemap answers.
    for (const loc of entries.keys()) expect((await get(new URL(loc).pathname)).status, loc).toBe(200)
  })

  it('leaves out categories without posts', async () => {
    const sitemap = await (await get('/sitemap.xml')).text()
    const empty = demoDocuments.filter(
      (doc) =>
        doc._type === 'category' &&
        !publicPosts.some((post) => (post.categories as Array<{ _ref: string }> | undefined)?.some((ref) => ref._ref === doc._id)),
    )
    for (const category of empty) expect(sitemap).not.toContain(`/blog/category/${slugOf(category)}<`)
  })
})

describe('/robots.txt', () => {
  it('points to the sitemap and keeps crawlers out of the Studio and the API', async () => {
    const response = await get('/robots.txt')
    expect(response.status).toBe(200)
    const text = await response.text()
    const lines = text.split('\n').map((line) => line.trim())
    expect(lines).toContain('Disallow: /studio')
    expect(lines).toContain('Disallow: /api')
    expect(lines).toContain(`Sitemap: ${SITE}/sitemap.xml`)
  })
})
