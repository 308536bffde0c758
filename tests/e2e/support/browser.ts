import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchChromium } from './chromium'

/** Origin of the `next start` server the global setup started. */
export const baseURL = inject('baseURL')

/** Hosts a video embed talks to; a reader's browser must not contact them before play is clicked. */
export const VIDEO_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|ytimg\.com|googlevideo\.com|vimeo\.com|vimeocdn\.com)$/

export interface ReaderPage {
  page: Page
  context: BrowserContext
  /** Every request that left our origin (all are aborted: the suite runs offline). */
  thirdPartyRequests: string[]
  /** Uncaught exceptions, console errors and failed same-origin loads — things that break a page quietly. */
  problems: string[]
}

/** One Chromium per test file, closed afterwards. Returns a getter because the browser exists only after beforeAll. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is not launched yet (call it at the top of a describe)')
    return browser
  }
}

export async function openReaderPage(
  browser: Browser,
  { width = 1280, height = 800, colorScheme = 'light' }: { width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<ReaderPage> {
  const context = await browser.newContext({ baseURL, viewport: { width, height }, colorScheme })
  const thirdPartyRequests: string[] = []
  const problems: string[] = []
  const origin = new URL(baseURL).origin

  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue()
    thirdPartyRequests.push(url)
    return route.abort('blockedbyclient')
  })

  const page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`uncaught ${error.name}: ${error.message}`))
  page.on('console', (message) => {
    // Warnings too: the browser reports a header it cannot use (a Permissions-Policy feature it does not know) as one.
    if (message.type() !== 'error' && message.type() !== 'warning') return
    const source = message.location().url
    // Failed loads are judged by the response listener below (a 404 page's own 404 is expected);
    // blocked third-party loads are reported through thirdPartyRequests.
    if (message.text().startsWith('Failed to load resource')) return
    if (source && new URL(source, origin).origin !== origin) return
    problems.push(`console ${message.type()}: ${message.text()}${source ? ` (${source})` : ''}`)
  })
  page.on('response', (response) => {
    const request = response.request()
    // Navigations to a missing page are the 404 tests' business; sub-resources must never fail.
    if (response.status() >= 400 && !request.isNavigationRequest() && new URL(response.url()).origin === origin) {
      problems.push(`${response.status()} for ${request.resourceType()} ${response.url()}`)
    }
  })
  return { page, context, thirdPartyRequests, problems }
}

/** Is the element's box at least partly inside the viewport right now? */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect()
    return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
  })
}
