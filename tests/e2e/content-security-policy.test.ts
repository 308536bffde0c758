import { afterEach, describe, expect, it } from 'vitest'
import { openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { follow, postLinks, visit } from './support/reader'

/**
 * The pages run under their Content-Security-Policy exactly as sent: hashes of their own inline
 * scripts on static pages, a nonce on search. Any script the policy blocks would leave the page
 * unhydrated and report a violation, which this collects from the page itself.
 */
describe('pages under their Content-Security-Policy', () => {
  const browser = useBrowser()
  let reader: ReaderPage

  afterEach(async () => {
    expect(reader.problems, 'page errors and console errors').toEqual([])
    await reader.context.close()
  })

  async function collectViolations() {
    await reader.context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __cspViolations: string[] }).__cspViolations = [])
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective}: ${event.blockedURI || 'inline'}`),
      )
    })
    return () => reader.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
  }

  it('run with no violation on the home page, an index page, a post, search and a 404', async () => {
    reader = await openReaderPage(browser())
    const violations = await collectViolations()
    const { page } = reader
    for (const [path, status, hydrates] of [
      ['/', 200, false],
      ['/blog/page/2', 200, false],
      ['/search?q=vitamin', 200, true],
      ['/blog/no-such-post', 404, false],
    ] as const) {
      await visit(page, path, status)
      await page.waitForLoadState('networkidle')
      // Search is rendered per request and keeps Next's runtime: React attached to the document.
      // The others have nothing to run and are sent without scripts (lib/script-free-pages).
      const runtimeScripts = await page.locator('script[src^="/_next/"]').count()
      if (hydrates) {
        expect(runtimeScripts, `${path}: Next's scripts`).toBeGreaterThan(0)
        await page.waitForFunction(() => Boolean((window as unknown as { __next_f?: unknown[] }).__next_f))
      } else expect(runtimeScripts, `${path}: Next's scripts`).toBe(0)
      expect(await violations(), path).toEqual([])
    }
    await visit(page, '/blog/category/video')
    await follow(page, postLinks(page).first())
    expect(await violations(), 'post page').toEqual([])
  })

  it('opens the video player after a click: the frame the post page allows', async () => {
    reader = await openReaderPage(browser())
    const violations = await collectViolations()
    const { page } = reader
    await visit(page, '/blog/category/video')
    await follow(page, postLinks(page).first())
    await page.waitForLoadState('networkidle')
    await page.getByRole('main').getByRole('button', { name: /play/i }).first().click()
    const player = page.getByRole('main').locator('iframe')
    await player.waitFor({ state: 'attached', timeout: 5_000 })
    // The network is closed in this suite, so the frame's load is aborted — but not by the policy.
    await page.waitForTimeout(500)
    expect(await violations(), 'after play').toEqual([])
  })
})
