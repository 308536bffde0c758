import { describe, expect, it } from 'vitest'
import { normalizeSpace, page } from './support'

const PAGES = [
  ['/about', 'About Cited'],
  ['/editorial-policy', 'Editorial policy'],
  ['/corrections-policy', 'Corrections policy'],
  ['/contact', 'Contact'],
] as const

describe('standing pages (About, policies, Contact) at /<slug>', () => {
  it.each(PAGES)('%s is a static page with its title, text and no JavaScript', async (pathname, title) => {
    const { status, document } = await page(pathname)
    expect(status).toBe(200)
    expect(normalizeSpace(document.querySelector('main h1')?.textContent)).toBe(title)
    expect(document.querySelectorAll('main .prose p').length).toBeGreaterThan(0)
    expect(document.title).toBe(`${title} · Cited — evidence-based health writing`)
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://cited.example${pathname}`)
    expect(document.querySelectorAll('script[src]')).toHaveLength(0)
  })

  it('are linked from the footer of every page', async () => {
    for (const pathname of ['/', '/blog', '/blog/vitamin-b', '/authors', '/about']) {
      const { document } = await page(pathname)
      const links = [...document.querySelectorAll('footer nav[aria-label="About us"] a')].map((link) => link.getAttribute('href'))
      expect(links.sort(), pathname).toEqual(['/about', '/contact', '/corrections-policy', '/editorial-policy'])
    }
  })

  it("never shadow the site's own routes, and an unknown one is the designed 404", async () => {
    expect(normalizeSpace((await page('/blog')).document.querySelector('main h1')?.textContent)).not.toBe('')
    expect((await page('/authors')).document.querySelector('.author-list')).not.toBeNull()
    const missing = await page('/no-such-standing-page')
    expect(missing.status).toBe(404)
    expect(missing.html).toContain('We couldn’t find that page')
  })

  it("is where a post's trust features send the reader", async () => {
    const { document } = await page('/blog/vitamin-d3-and-k2-better-together')
    const policy = [...document.querySelectorAll('.review-method a')].find((link) => link.textContent === 'Read our editorial policy')
    expect(policy?.getAttribute('href')).toBe('/editorial-policy')
    expect(document.querySelector('.change-policy a')?.getAttribute('href')).toBe('/corrections-policy')
  })
})
