import { afterEach, describe, expect, it } from 'vitest'
import { openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { D3_K2_LONG_TITLE, heading1, postLinks, visit } from './support/reader'

describe('searching the blog', () => {
  const browser = useBrowser()
  let reader: ReaderPage

  afterEach(async () => {
    expect(reader.problems, 'errors while searching').toEqual([])
    await reader.context.close()
  })

  async function submitSearch(page: ReaderPage['page'], query: string) {
    const form = page.getByRole('search').first()
    const box = form.getByRole('searchbox').or(form.getByRole('textbox')).first()
    await box.fill(query)
    const before = page.url()
    await box.press('Enter')
    await page.waitForURL((url) => url.pathname === '/search' && url.href !== before)
    await page.waitForLoadState('load')
  }

  it("finds the D3 + K2 article by a word from its body, typed into the home page's header", async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/')
    await submitSearch(page, 'osteocalcin')
    expect(new URL(page.url()).searchParams.get('q')).toBe('osteocalcin')

    const results = postLinks(page)
    expect(await results.count(), 'results for a word from the body text').toBeGreaterThan(0)
    expect(await results.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(D3_K2_LONG_TITLE)]))
    // The query stays in the results page's box so the reader can refine it.
    const resultsForm = page.getByRole('main').getByRole('search')
    expect(await resultsForm.getByRole('searchbox').or(resultsForm.getByRole('textbox')).first().inputValue()).toBe('osteocalcin')
  })

  it('says so, helpfully, when nothing matches', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/search?q=zzqxv-nothing-like-this')
    expect(await postLinks(page).count()).toBe(0)
    expect(await page.getByRole('main').innerText()).toMatch(/no (posts|results|articles)|nothing (found|matched)|didn.t find/i)
  })

  it('asks for a search term when the query is empty instead of failing', async () => {
    reader = await openReaderPage(browser())
    const { page } = reader
    await visit(page, '/search')
    await submitSearch(page, '')
    expect(await heading1(page).count()).toBe(1)
    expect(await postLinks(page).count()).toBe(0)
    expect(await page.getByRole('main').innerText()).toMatch(/enter|type|search (term|word)|what.*looking for/i)
  })
})
