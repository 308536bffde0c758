import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { pageEntryPreparer } from '@/lib/page-cache/handler.js'
import { PLAY_IN_PLACE_SCRIPT } from '@/lib/video-player/play-in-place'
import { baseURL, openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { follow, postLinks, visit } from './support/reader'
import { distDir } from './support/server'

/**
 * The pages run under their Content-Security-Policy exactly as sent: hashes of their own inline
 * scripts on static pages, a nonce on search (and draft mode: tests/e2e/draft-preview.test.ts).
 * Any script the policy blocks would leave the page unhydrated and report a violation, which this
 * collects from the page itself.
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
    for (const [path, status] of [
      ['/', 200],
      ['/blog/page/2', 200],
      ['/search?q=vitamin', 200],
      ['/blog/no-such-post', 404],
    ] as const) {
      await visit(page, path, status)
      await page.waitForLoadState('networkidle')
      // None has anything to run, so each is sent without Next's scripts (lib/script-free-pages),
      // search too, though it is rendered per request (lib/per-request-pages).
      expect(await page.locator('script[src^="/_next/"]').count(), `${path}: Next's scripts`).toBe(0)
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
    await page
      .getByRole('main')
      .getByRole('link', { name: /^play video/i })
      .first()
      .click()
    const player = page.getByRole('main').locator('iframe')
    await player.waitFor({ state: 'attached', timeout: 5_000 })
    // The network is closed in this suite, so the frame's load is aborted — but not by the policy.
    await page.waitForTimeout(500)
    expect(await violations(), 'after play').toEqual([])
  })

  it('blocks a script that content got into a post, while the post’s own scripts still run', async () => {
    reader = await openReaderPage(browser())
    const violations = await collectViolations()
    const { page } = reader
    await visit(page, '/blog/category/video')
    const postPath = await postLinks(page).first().getAttribute('href')
    expect(postPath).toMatch(/^\/blog\/[^/]+$/)

    // The post as the page cache holds it when its prose carries a script (a rendering flaw that let
    // content through): Next's prerendered HTML with the script in a static island, where the
    // post's text is, and its RSC payload; then prepared by the page cache exactly as it is served.
    const server = path.resolve(import.meta.dirname, '../..', distDir, 'server')
    const built = path.join(server, 'app', postPath!)
    const html = readFileSync(`${built}.html`, 'utf8')
    const injected = 'window.__injectedRan = true'
    const injectedHtml = html.replace('<div class="prose-run">', `<div class="prose-run"><script>${injected}</script>`)
    expect(injectedHtml, 'the post has prose to inject into').not.toBe(html)
    const entry = {
      kind: 'APP_PAGE',
      html: injectedHtml,
      rscData: readFileSync(`${built}.rsc`),
      headers: {} as Record<string, string>,
      status: 200,
    }
    pageEntryPreparer(server)(`/route-cache/APP_PAGE/e2e/$${postPath}`, entry)
    expect(entry.html, 'the video post keeps its own script').toContain(`<script>${PLAY_IN_PLACE_SCRIPT}</script>`)
    await page.route(new URL(postPath!, baseURL).href, async (route) => {
      const served = await route.fetch()
      const headers = { ...served.headers(), ...entry.headers }
      delete headers['content-encoding']
      delete headers['content-length']
      await route.fulfill({ status: 200, headers, body: entry.html })
    })

    await visit(page, postPath!)
    await page.waitForLoadState('networkidle')
    expect(
      await page.evaluate(() => (window as unknown as { __injectedRan?: boolean }).__injectedRan),
      'the injected script ran',
    ).toBeUndefined()
    expect(await violations()).toEqual(['script-src-elem: inline'])
    // Chromium says so on the console too: the one error this page is expected to log.
    const refusal = reader.problems.findIndex((problem) => /inline script/.test(problem))
    expect(refusal, reader.problems.join('\n')).toBeGreaterThanOrEqual(0)
    reader.problems.splice(refusal, 1)

    // The page's own script ran (allowed by its hash): the player opens in place on a click.
    await page
      .getByRole('main')
      .getByRole('link', { name: /^play video/i })
      .first()
      .click()
    await page.getByRole('main').locator('iframe').waitFor({ state: 'attached', timeout: 5_000 })
    expect(await violations(), 'after play').toEqual(['script-src-elem: inline'])
  })
})
