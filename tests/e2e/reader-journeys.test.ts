import { afterEach, describe, expect, it } from 'vitest'
import { isInViewport, openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import {
  B17_TITLE,
  D3_K2_LONG_TITLE,
  D3_K2_SHORT_TITLE,
  follow,
  heading1,
  newerPostsLink,
  olderPostsLink,
  openPostFromIndex,
  postLinks,
  sectionHeadedBy,
  visit,
} from './support/reader'

describe('a reader browsing the blog', () => {
  const browser = useBrowser()
  let reader: ReaderPage

  afterEach(async () => {
    // Every journey must run without script errors, failed loads or calls to other sites.
    expect(reader.problems, 'errors while browsing').toEqual([])
    expect(reader.thirdPartyRequests, 'requests to other sites').toEqual([])
    await reader.context.close()
  })

  it('goes from the home page to a category and on to one of its posts', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/')
    await expect.poll(() => heading1(page).count()).toBe(1)

    const categoryLink = page.getByRole('main').locator('a[href^="/blog/category/"]').first()
    const linkText = (await categoryLink.innerText()).trim().toLowerCase()
    await follow(page, categoryLink)
    expect(new URL(page.url()).pathname).toMatch(/^\/blog\/category\/[\w-]+$/)
    // The header marks the section the reader is in, and only that one.
    const marked = page.getByRole('navigation', { name: 'Main' }).locator('a[aria-current]')
    expect(await marked.count()).toBe(1)
    expect(await marked.getAttribute('href')).toBe(new URL(page.url()).pathname)
    expect(await marked.getAttribute('aria-current')).toBe('page')
    // "All news posts" leads to the page headed "News".
    expect(linkText).toContain((await heading1(page).innerText()).trim().toLowerCase())

    const firstPost = postLinks(page).first()
    const postTitle = (await firstPost.innerText()).trim()
    expect(postTitle, 'a category page lists at least one post').not.toBe('')
    await follow(page, firstPost)
    expect(new URL(page.url()).pathname).toMatch(/^\/blog\/[\w-]+$/)
    expect(postTitle).toContain((await heading1(page).innerText()).trim())
  })

  it('jumps from a citation marker to its Works Cited entry and back again', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await openPostFromIndex(page, D3_K2_LONG_TITLE)

    const worksCited = sectionHeadedBy(page, /^works cited$/i)
    // Folded under its summary until a marker is followed: counted whether shown or not.
    const entries = worksCited.locator('li')
    expect(await entries.count(), 'Works Cited entries').toBeGreaterThan(5)

    const marker = page.locator('article a[href^="#cite-"]').first()
    const entryId = (await marker.getAttribute('href'))!.slice(1)
    await marker.click()
    await page.waitForURL((url) => url.hash === `#${entryId}`)
    const entry = page.locator(`[id="${entryId}"]`)
    expect(await entry.evaluate((element) => element.matches(':target'))).toBe(true)
    // Sections it passes are laid out as it goes (content-visibility), so give it a moment to arrive.
    await expect.poll(() => isInViewport(page, `[id="${entryId}"]`), { message: 'the cited entry is scrolled into view' }).toBe(true)
    expect(await worksCited.locator(`[id="${entryId}"]`).count(), 'the marker leads into the Works Cited list').toBe(1)

    // The entry links back to each place it is cited; the first such link returns to our marker.
    const markerId = await marker.evaluate((element) => element.closest('[id]')?.id ?? '')
    expect(markerId, 'the marker (or its wrapper) carries an id to come back to').not.toBe('')
    const backLink = entry.locator(`a[href="#${markerId}"]`)
    expect(await backLink.count(), `a back-link to #${markerId} in the entry`).toBe(1)
    expect((await backLink.getAttribute('aria-label')) ?? (await backLink.innerText()), 'the back-link says where it goes').toMatch(/\S/)
    await backLink.click()
    await page.waitForURL((url) => url.hash === `#${markerId}`)
    await expect.poll(() => isInViewport(page, `[id="${markerId}"]`), { message: 'the marker is back in view' }).toBe(true)
  })

  it('follows "Next, check out our posts" to the Vitamin B17 article and returns through the breadcrumbs', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await openPostFromIndex(page, D3_K2_SHORT_TITLE)

    const related = sectionHeadedBy(page, /next, check out our posts/i)
    await follow(page, related.getByRole('link', { name: B17_TITLE }).first())
    expect(await heading1(page).innerText()).toMatch(B17_TITLE)
    const b17Path = new URL(page.url()).pathname

    const breadcrumbs = page.getByRole('navigation', { name: /breadcrumb/i })
    const crumbs = breadcrumbs.getByRole('listitem')
    expect((await crumbs.allInnerTexts()).map((text) => text.replace(/[›/>]/g, '').trim())).toEqual([
      'Home',
      'Blog',
      (await heading1(page).innerText()).trim(),
    ])
    expect(await breadcrumbs.locator('[aria-current="page"]').innerText()).toMatch(B17_TITLE)

    await follow(page, breadcrumbs.getByRole('link', { name: 'Blog', exact: true }))
    expect(new URL(page.url()).pathname).toBe('/blog')
    expect(await postLinks(page).count()).toBeGreaterThan(0)

    // The browser's Back button returns to the post; from there, Home.
    await page.goBack({ waitUntil: 'load' })
    expect(new URL(page.url()).pathname).toBe(b17Path)
    await follow(page, breadcrumbs.getByRole('link', { name: 'Home', exact: true }))
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await heading1(page).count()).toBe(1)
  })

  it('sends a long post as plain HTML and fetches the next post only when the pointer rests on its link', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/blog/vitamin-d3-and-k2-better-together')
    // Nothing on it runs in the browser, so it comes without scripts (lib/script-free-pages).
    await page.waitForLoadState('networkidle')
    expect(await page.locator('script[src]').count()).toBe(0)
    expect(await page.locator('.prose p').count()).toBeGreaterThan(10)
    // The text as sent (innerText would leave out what content-visibility has not laid out yet).
    expect(await page.locator('.prose').textContent()).toMatch(/Vitamin D has long been linked/)
    expect(await page.locator('.works-cited li').count()).toBeGreaterThan(50)

    // Chromium does not prefetch for a page whose requests Playwright intercepts, as the reader
    // page above does to catch calls to other sites: this part looks on at a plain one.
    const plain = await browser().newContext({ baseURL: new URL(page.url()).origin })
    try {
      const tab = await plain.newPage()
      const fetched: string[] = []
      tab.on('request', (request) => fetched.push(new URL(request.url()).pathname))
      await tab.goto('/blog/vitamin-d3-and-k2-better-together', { waitUntil: 'networkidle' })
      const related = sectionHeadedBy(tab, /next, check out our posts/i)
        .getByRole('link')
        .first()
      const target = (await related.getAttribute('href'))!
      expect(fetched, 'no other page fetched while this one loads').not.toContain(target)
      await related.scrollIntoViewIfNeeded()
      await related.hover()
      await expect.poll(() => fetched, { message: 'the post under the pointer is prefetched' }).toContain(target)
    } finally {
      await plain.close()
    }
  })

  it('pages through the index with next and previous, newest first', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/blog')
    const firstPage = await postTitlesAndDates(page)
    expect(firstPage.length, 'posts on the first index page').toBe(10)
    expect(await newerPostsLink(page).count(), 'no link to newer posts on page 1').toBe(0)

    await follow(page, olderPostsLink(page))
    expect(new URL(page.url()).pathname).toBe('/blog/page/2')
    const secondPage = await postTitlesAndDates(page)
    expect(secondPage.length).toBeGreaterThan(0)
    expect(secondPage.map((post) => post.title).filter((title) => firstPage.some((post) => post.title === title))).toEqual([])

    const dates = [...firstPage, ...secondPage].map((post) => post.date)
    expect(
      dates.every((date) => date !== ''),
      'every card shows a machine-readable date',
    ).toBe(true)
    expect(dates, 'newest first across pages').toEqual([...dates].sort().reverse())

    await follow(page, newerPostsLink(page))
    expect(new URL(page.url()).pathname).toMatch(/^\/blog(\/page\/1)?$/)
    expect(await postTitlesAndDates(page)).toEqual(firstPage)
  })
})

/** Cards on an index page: the post link's text and the card's <time datetime>. */
async function postTitlesAndDates(page: ReaderPage['page']) {
  return page
    .getByRole('main')
    .locator('article')
    .evaluateAll((cards) =>
      cards.map((card) => ({
        title: card.querySelector('h2, h3')?.textContent?.trim() ?? '',
        date: card.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    )
}
