import { describe, expect, it } from 'vitest'
import { POSTS_PER_PAGE, pageCount } from '@/lib/queries/post-lists'
import { byId, demoDocuments, draftPosts, get, page, publicPosts, slugOf, type Doc } from './support'

const totalPages = pageCount(publicPosts.length)
const categories = demoDocuments.filter((doc) => doc._type === 'category')
const newestFirst = (posts: Doc[]) => [...posts].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
const postsIn = (categoryId: string) =>
  newestFirst(
    publicPosts.filter((post) => (post.categories as Array<{ _ref: string }> | undefined)?.some((ref) => ref._ref === categoryId)),
  )

describe('reader routes', () => {
  it('serve the home page, the blog index, every index page and every category', async () => {
    const paths = ['/', '/blog', ...Array.from({ length: totalPages - 1 }, (_, index) => `/blog/page/${index + 2}`)]
    paths.push(...categories.map((category) => `/blog/category/${slugOf(category)}`))
    for (const pathname of paths) expect((await get(pathname)).status, pathname).toBe(200)
  })

  it('keep hyphenated words in page headings whole, the site title on the home page too', async () => {
    const site = byId.get('siteSettings')!
    const hyphenated = String(site.title).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/u)![0]
    const { document } = await page('/')
    expect([...document.querySelectorAll('h1 .nobreak')].map((span) => span.textContent)).toContain(hyphenated)
  })

  it('serve every public post', async () => {
    expect(publicPosts.length).toBeGreaterThan(POSTS_PER_PAGE)
    for (const post of publicPosts) expect((await get(`/blog/${slugOf(post)}`)).status, slugOf(post)).toBe(200)
  })

  it('list every public post exactly once across the index pages, newest first', async () => {
    const listed: string[] = []
    for (let n = 1; n <= totalPages; n++) {
      const { document } = await page(n === 1 ? '/blog' : `/blog/page/${n}`)
      listed.push(...[...document.querySelectorAll('main .card-title a')].map((link) => link.getAttribute('href') ?? ''))
    }
    const expected = newestFirst(publicPosts).map((post) => `/blog/${slugOf(post)}`)
    expect(listed).toEqual(expected)
  })

  it('show a category with its description and only its posts, newest first', async () => {
    const category = categories.find((doc) => doc.description && postsIn(doc._id).length > 0)!
    const { document } = await page(`/blog/category/${slugOf(category)}`)
    expect(document.querySelector('h1')?.textContent).toBe(category.title)
    expect(document.querySelector('.page-intro')?.textContent).toContain(String(category.description))
    const links = [...document.querySelectorAll('main .card-title a')].map((link) => link.getAttribute('href'))
    expect(links).toEqual(
      postsIn(category._id)
        .slice(0, POSTS_PER_PAGE)
        .map((post) => `/blog/${slugOf(post)}`),
    )
  })

  it('send /blog/page/1 to /blog, its one address', async () => {
    const response = await get('/blog/page/1')
    expect(response.status).toBe(308)
    expect(new URL(response.headers.get('location')!, 'http://x').pathname).toBe('/blog')
  })

  it('answer unknown slugs, bad page numbers and unknown categories with the designed 404', async () => {
    const missing = [
      '/blog/no-such-post',
      `/blog/page/${totalPages + 1}`,
      '/blog/page/abc',
      '/blog/page/0',
      '/blog/page/1.5',
      '/blog/page/-1',
      '/blog/category/no-such-category',
      `/blog/category/${slugOf(categories[0]!)}/page/99`,
      '/blog/category/news/page/abc',
      '/no/such/page',
      '/media/not-an-image.png',
    ]
    for (const pathname of missing) expect((await get(pathname)).status, pathname).toBe(404)
    // The designed page is in the HTML itself, not only in the payload JavaScript renders: Next
    // leaves an empty `__next_error__` shell for a 404 decided at run time (vercel/next.js#62228),
    // which the page cache replaces (lib/page-cache/server-rendered-404.ts).
    for (const pathname of [
      '/blog/no-such-post',
      '/no/such/page',
      '/blog/page/abc',
      `/blog/page/${totalPages + 1}`,
      '/blog/category/no-such-category',
    ]) {
      const { html, document } = await page(pathname)
      expect(html, pathname).not.toContain('__next_error__')
      expect(document.querySelector('main h1')?.textContent, pathname).toBe('We couldn’t find that page')
      expect(document.querySelector('.skip-link')?.textContent, pathname).toBe('Skip to content')
      expect(document.querySelector('.site-header nav'), pathname).not.toBeNull()
      expect(document.title, pathname).toMatch(/^Page not found/)
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), pathname).toContain('noindex')
      // No share card for a post that does not exist.
      expect(document.querySelector('meta[property="og:image"]'), pathname).toBeNull()
      expect(document.querySelector('meta[name="twitter:image"]'), pathname).toBeNull()
    }
  })

  it('never serve the draft', async () => {
    expect(draftPosts.length).toBeGreaterThan(0)
    for (const draft of draftPosts) {
      expect((await get(`/blog/${slugOf(draft)}`)).status).toBe(404)
      for (let n = 1; n <= totalPages; n++) {
        const { html } = await page(n === 1 ? '/blog' : `/blog/page/${n}`)
        expect(html).not.toContain(`/blog/${slugOf(draft)}"`)
        expect(html).not.toContain(String(draft.title))
      }
      const { html: home } = await page('/')
      expect(home).not.toContain(String(draft.title))
    }
  })

  it('give every list page a title, description and canonical URL', async () => {
    for (const pathname of ['/', '/blog', '/blog/page/2', `/blog/category/${slugOf(categories[0]!)}`]) {
      const { document } = await page(pathname)
      expect(document.title, pathname).not.toBe('')
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content'), pathname).toBeTruthy()
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), pathname).toBe(
        `https://cited.example${pathname === '/' ? '' : pathname}`,
      )
      expect(document.querySelectorAll('h1'), pathname).toHaveLength(1)
    }
  })
})

describe('search', () => {
  it('finds posts by title words and links to them', async () => {
    const target = publicPosts.find((post) => slugOf(post) === 'vitamin-b17')!
    const { status, document } = await page('/search?q=B17')
    expect(status).toBe(200)
    const links = [...document.querySelectorAll('main .card-title a')].map((link) => link.getAttribute('href'))
    expect(links).toContain(`/blog/${slugOf(target)}`)
    // Indexable, with every query's page naming the one search page as canonical.
    expect(document.querySelector('meta[name="robots"]')).toBeNull()
    expect(new URL(document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe('/search')
  })

  it('helps with an empty or over-long query instead of failing', async () => {
    const empty = await page('/search')
    expect(empty.status).toBe(200)
    expect(empty.document.querySelector('main')?.textContent).toMatch(/Type a word or two/)
    const long = await page(`/search?q=${'vitamin '.repeat(20)}`)
    expect(long.status).toBe(200)
    expect(long.document.querySelector('main')?.textContent).toMatch(/longer than 100 characters/)
    const none = await page('/search?q=zzzzqqq')
    expect(none.document.querySelector('main')?.textContent).toMatch(/No articles match/)
  })

  it('never finds the draft', async () => {
    for (const draft of draftPosts) {
      const words = String(draft.title)
        .replace(/^DRAFT:\s*/, '')
        .split(/\W+/)
        .filter((word) => word.length > 3)
        .slice(0, 3)
        .join(' ')
      const { html } = await page(`/search?q=${encodeURIComponent(words)}`)
      expect(html).not.toContain(`/blog/${slugOf(draft)}"`)
    }
  })
})
