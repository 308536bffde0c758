import { describe, expect, it } from 'vitest'
import { axeViolations, formatViolations } from './support/axe'
import { openReaderPage, useBrowser } from './support/browser'
import { D3_K2_LONG_TITLE, openPostFromIndex, visit } from './support/reader'

type Scheme = 'light' | 'dark'

/** Every kind of reader page, reached the way a reader would (the post through the index). */
const PAGES: { name: string; open: (page: Awaited<ReturnType<typeof openReaderPage>>['page']) => Promise<void> }[] = [
  { name: 'home', open: (page) => visit(page, '/') },
  { name: 'blog index', open: (page) => visit(page, '/blog') },
  { name: 'category', open: (page) => visit(page, '/blog/category/news') },
  { name: 'post (D3 + K2)', open: (page) => openPostFromIndex(page, D3_K2_LONG_TITLE) },
  { name: 'search results', open: (page) => visit(page, '/search?q=vitamin') },
  { name: 'authors', open: (page) => visit(page, '/authors') },
  { name: 'author page (reviewer)', open: (page) => visit(page, '/authors/amara-nwosu') },
  { name: 'post overdue for review', open: (page) => visit(page, '/blog/vitamin-d3-and-k2-synergy') },
  { name: '404', open: (page) => visit(page, '/blog/no-such-post-here', 404) },
]

describe('WCAG 2.2 AA (axe-core)', () => {
  const browser = useBrowser()

  for (const scheme of ['light', 'dark'] as Scheme[]) {
    for (const { name, open } of PAGES) {
      it(`${name} has no violations in the ${scheme} colour scheme`, async () => {
        const { page, context, problems } = await openReaderPage(browser(), { colorScheme: scheme })
        try {
          await page.emulateMedia({ colorScheme: scheme })
          await open(page)
          const violations = await axeViolations(page)
          expect(violations.length, `axe violations on ${name} (${scheme}):\n${formatViolations(violations)}`).toBe(0)
          expect(problems).toEqual([])
        } finally {
          await context.close()
        }
      })
    }
  }

  it('the dark colour scheme actually changes the page, so the dark runs above test something', async () => {
    const backgrounds: Record<Scheme, string> = { light: '', dark: '' }
    for (const scheme of ['light', 'dark'] as Scheme[]) {
      const { page, context } = await openReaderPage(browser(), { colorScheme: scheme })
      await visit(page, '/')
      backgrounds[scheme] = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await context.close()
    }
    expect(backgrounds.dark).not.toBe(backgrounds.light)
  })
})
