import { afterEach, describe, expect, it } from 'vitest'
import { openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { D3_K2_LONG_TITLE, follow, heading1, openPostFromIndex, sectionHeadedBy } from './support/reader'

describe('a reader checking who stands behind an article', () => {
  const browser = useBrowser()
  let reader: ReaderPage

  afterEach(async () => {
    expect(reader.problems, 'errors while browsing').toEqual([])
    expect(reader.thirdPartyRequests, 'requests to other sites').toEqual([])
    await reader.context.close()
  })

  it('follows the reviewer in the byline to their page, and on to another post they reviewed', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await openPostFromIndex(page, D3_K2_LONG_TITLE)
    const postPath = new URL(page.url()).pathname

    // The people behind the post sit together at the top, above the dates.
    const people = page.locator('article header .byline-people')
    await expect.poll(() => people.innerText()).toMatch(/Medically reviewed by\s+Amara Nwosu, MD/)
    await follow(page, people.getByRole('link', { name: 'Amara Nwosu, MD' }))
    expect(new URL(page.url()).pathname).toBe('/authors/amara-nwosu')
    expect(await heading1(page).innerText()).toBe('Amara Nwosu, MD')
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')
    expect((await crumbs.allInnerTexts()).map((text) => text.trim())).toEqual(['Home', 'Authors', 'Amara Nwosu'])

    const reviewed = sectionHeadedBy(page, /^Articles reviewed by Amara Nwosu/)
    const other = reviewed.locator('.card-title a').filter({ hasNotText: D3_K2_LONG_TITLE }).first()
    const otherTitle = (await other.innerText()).trim()
    await follow(page, other)
    const otherPath = new URL(page.url()).pathname
    expect(otherPath).not.toBe(postPath)
    expect((await heading1(page).innerText()).trim()).toBe(otherTitle)
    // The post we arrive at names the same reviewer: the page told the truth.
    await expect.poll(() => page.locator('article header .byline-people').innerText()).toMatch(/reviewed by\s+Amara Nwosu, MD/)
  })

  it('reaches an author page from a card’s byline on the blog index, without opening the post', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await page.goto('/blog', { waitUntil: 'load' })
    const byline = page.locator('.card a.meta-author').first()
    const name = (await byline.innerText()).trim()
    await follow(page, byline)
    expect(new URL(page.url()).pathname).toMatch(/^\/authors\/[\w-]+$/)
    expect((await heading1(page).innerText()).trim()).toContain(name)
  })
})
