import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { baseURL, isInViewport, useBrowser } from './support/browser'
import { visit } from './support/reader'

const LONG_POST = '/blog/vitamin-d3-and-k2-better-together'

describe('the folded works cited (no JavaScript)', () => {
  const browser = useBrowser()
  let context: BrowserContext

  /** A reader whose browser runs no JavaScript at all: what opens the list must be HTML alone. */
  async function openWithoutScripts(viewport = { width: 1280, height: 800 }): Promise<Page> {
    context = await browser().newContext({ baseURL, viewport, javaScriptEnabled: false })
    return context.newPage()
  }

  afterEach(async () => {
    await context.close()
  })

  it('starts folded under its summary and opens when a marker is followed, with the entry in view', async () => {
    const page = await openWithoutScripts()
    await visit(page, LONG_POST)
    const details = page.locator('section.works-cited details')
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
    expect(await details.locator('summary').textContent()).toMatch(/^\d+ sources: \d+ peer-reviewed studies, /)
    expect(await page.locator('[id="cite-1"]').isVisible()).toBe(false)

    const marker = page.locator('.prose sup.cite-marker a').first()
    expect(await marker.getAttribute('href')).toBe('#cite-1')
    await marker.click()
    await page.waitForURL((url) => url.hash === '#cite-1')
    await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open), { message: 'the list opened' }).toBe(true)
    await expect.poll(() => isInViewport(page, '[id="cite-1"]'), { message: 'the entry is in view' }).toBe(true)
  })

  it('opens when the page is loaded at an entry’s address, and the summary folds and unfolds it', async () => {
    const page = await openWithoutScripts()
    await visit(page, `${LONG_POST}#cite-5`)
    const details = page.locator('section.works-cited details')
    await expect.poll(() => details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    await details.locator('summary').click()
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
  })

  it('gives every marker a tap target of at least 24 × 24 CSS px', async () => {
    const page = await openWithoutScripts({ width: 390, height: 844 })
    await visit(page, LONG_POST)
    const sizes = await page
      .locator('.prose sup.cite-marker a')
      .evaluateAll((markers) => markers.map((marker) => ({ text: marker.textContent, ...marker.getBoundingClientRect().toJSON() })))
    expect(sizes.length).toBeGreaterThan(10)
    const small = sizes.filter(({ width, height }) => width < 24 || height < 24)
    expect(small, 'markers smaller than 24 × 24 px').toEqual([])
  })
})
