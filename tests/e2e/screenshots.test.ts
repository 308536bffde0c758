import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openReaderPage, useBrowser } from './support/browser'
import { D3_K2_LONG_TITLE, openPostFromIndex, scrollThrough, visit } from './support/reader'

const resultsDir = path.resolve(import.meta.dirname, '../../test-results')

describe('the D3 + K2 post at phone and desktop widths', () => {
  const browser = useBrowser()

  // 320 px is the narrowest screen the site supports (WCAG reflow); 375 and 1280 are the screenshots the team reviews.
  for (const width of [320, 375, 1280]) {
    it(`fits ${width} px without sideways scrolling (full-page screenshot saved)`, async () => {
      const { page, context, problems } = await openReaderPage(browser(), { width, height: 800 })
      try {
        await openPostFromIndex(page, D3_K2_LONG_TITLE)
        // Every image on the page, lazy ones included, has actually loaded.
        await scrollThrough(page)
        const broken = await page.evaluate(() =>
          [...document.images].filter((image) => image.complete && image.naturalWidth === 0).map((image) => image.currentSrc || image.src),
        )
        expect(broken, 'images that failed to load').toEqual([])

        const file = path.join(resultsDir, `post-d3-k2-${width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`[e2e] screenshot: ${path.relative(process.cwd(), file)}`)

        const overflow = await page.evaluate(() => {
          const viewport = document.documentElement.clientWidth
          // Wide content inside its own scroll box (a table, a code block) is fine; sticking out of the page is not.
          const insideScrollBox = (element: Element) => {
            for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
              if (/auto|scroll|hidden|clip/.test(getComputedStyle(parent).overflowX)) return true
            }
            return false
          }
          return {
            page: document.documentElement.scrollWidth,
            widest: [...document.querySelectorAll('body *')]
              .filter((element) => element.getBoundingClientRect().right > viewport + 1 && !insideScrollBox(element))
              .slice(0, 5)
              .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`),
          }
        })
        expect(overflow.widest, 'elements wider than the viewport').toEqual([])
        expect(overflow.page).toBeLessThanOrEqual(width)
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    })
  }
})

describe('a standing page (the editorial policy) at phone and desktop widths', () => {
  const browser = useBrowser()

  for (const width of [375, 1280]) {
    it(`reads at ${width} px in the reading column, linked from the footer, without sideways scrolling (screenshot saved)`, async () => {
      const { page, context, problems } = await openReaderPage(browser(), { width, height: 800 })
      try {
        await visit(page, '/')
        await page.getByRole('contentinfo').getByRole('link', { name: 'Editorial policy' }).click()
        await page.waitForURL((url) => url.pathname === '/editorial-policy')
        await page.waitForLoadState('load')
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Editorial policy')

        const file = path.join(resultsDir, `page-editorial-policy-${width}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`[e2e] screenshot: ${path.relative(process.cwd(), file)}`)

        const layout = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          // Characters on the longest line of the first paragraph: the measure a reader gets.
          measure: (() => {
            const paragraph = document.querySelector('main .prose p')!
            const range = document.createRange()
            const text = paragraph.firstChild!
            const lines = new Map<number, number>()
            for (let index = 0; index < (text.textContent ?? '').length; index++) {
              range.setStart(text, index)
              range.setEnd(text, index + 1)
              const top = Math.round(range.getBoundingClientRect().top)
              lines.set(top, (lines.get(top) ?? 0) + 1)
            }
            return Math.max(...lines.values())
          })(),
        }))
        expect(layout.page).toBeLessThanOrEqual(width)
        if (width >= 1280) expect(layout.measure, 'characters per line on a desktop').toBeLessThanOrEqual(75)
        expect(problems).toEqual([])
      } finally {
        await context.close()
      }
    })
  }
})
