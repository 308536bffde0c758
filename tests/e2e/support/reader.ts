import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** The demo's long D3 + K2 article with its long Works Cited list. */
export const D3_K2_LONG_TITLE = /^Vitamin D3 and K2: How Two Nutrients/
/** The demo's short D3 + K2 article whose editor picked "Next, check out our posts" lead to B17. */
export const D3_K2_SHORT_TITLE = /^Vitamin D3 and K2: A Short Guide/
export const B17_TITLE = /Vitamin B17/i

/** Loads a path and insists on the status a reader should get. */
export async function visit(page: Page, path: string, expectedStatus = 200): Promise<void> {
  const response = await page.goto(path, { waitUntil: 'load' })
  expect(response?.status(), `status of ${path}`).toBe(expectedStatus)
}

/** Clicks and waits for the resulting document to load (links are plain anchors; the router may also handle them). */
export async function follow(page: Page, link: Locator): Promise<void> {
  const before = page.url()
  await link.click()
  await page.waitForURL((url) => url.href !== before, { timeout: 15_000 })
  await page.waitForLoadState('load')
}

export function heading1(page: Page): Locator {
  return page.getByRole('heading', { level: 1 })
}

/** Links inside the main landmark that lead to a post (not to a category or an index page). */
export function postLinks(page: Page): Locator {
  return page.getByRole('main').locator('a[href^="/blog/"]:not([href^="/blog/category/"]):not([href^="/blog/page/"])')
}

/** As a reader would: page through the blog index until a post with this title shows up, and open it. */
export async function openPostFromIndex(page: Page, title: RegExp): Promise<void> {
  await visit(page, '/blog')
  for (let pageNumber = 1; pageNumber <= 50; pageNumber++) {
    const link = postLinks(page).filter({ hasText: title }).first()
    if ((await link.count()) > 0) {
      await follow(page, link)
      expect(await heading1(page).innerText()).toMatch(title)
      return
    }
    const next = olderPostsLink(page)
    if ((await next.count()) === 0) break
    await follow(page, next)
  }
  throw new Error(`no post titled ${title} anywhere in the blog index`)
}

/** The index's previous/next navigation. */
export function pagination(page: Page): Locator {
  return page.getByRole('navigation', { name: /pagination|pages/i })
}

/** "Next" in a newest-first list: the next page holds older posts. */
export function olderPostsLink(page: Page): Locator {
  return pagination(page).getByRole('link', { name: /next|older/i })
}

export function newerPostsLink(page: Page): Locator {
  return pagination(page).getByRole('link', { name: /previous|newer/i })
}

/** A landmark or section introduced by a heading with this text. */
export function sectionHeadedBy(page: Page, heading: RegExp): Locator {
  return page
    .locator('section, aside, nav, div[role="region"]')
    .filter({ has: page.getByRole('heading', { name: heading }) })
    .last()
}

/**
 * Scrolls to the bottom as a reader would, so lazy images load, then waits for every image the
 * page shows to finish. An image the layout hides at this width (a related card's thumbnail on a
 * phone) is rightly never fetched.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo({ top: y, behavior: 'instant' })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })
  await page.waitForFunction(
    () => [...document.images].every((image) => image.complete || image.getClientRects().length === 0),
    undefined,
    { timeout: 15_000 },
  )
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }))
}
