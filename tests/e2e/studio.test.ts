import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refuseOutsideCalls, resultsDir, startStudioStack, type StudioStack } from './support/studio'

/**
 * The embedded Studio on a configured project, signed out: the lake-mode build served against
 * the stand-in Content Lake (tests/e2e/support/studio.ts), which answers `/users/me` and
 * `/auth/providers` as the real API does for a signed-out editor, with CORS for the site's origin.
 */
describe('/studio on a configured project', () => {
  let stack: StudioStack

  beforeAll(async () => {
    stack = await startStudioStack('studio')
  }, 600_000)

  afterAll(async () => {
    await stack?.close()
  })

  it('boots to the sign-in screen with no page errors and no CSP violations', async () => {
    const { lake, site, browser } = stack
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ignoreHTTPSErrors: true })
    const blocked: string[] = []
    // Offline: only the site and the stand-in answer; anything else is recorded and refused.
    await refuseOutsideCalls(context, stack, (url) => blocked.push(url.href))
    const page = await context.newPage()
    const pageErrors: string[] = []
    const cspViolations: string[] = []
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`))
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(`console: ${message.text()}`)
    })
    await page.exposeFunction('__reportCspViolation', (line: string) => cspViolations.push(line))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { __reportCspViolation(line: string): void }).__reportCspViolation(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        )
      })
    })

    const response = await page.goto(`${site.origin}/studio`, { waitUntil: 'load' })
    expect(response?.status()).toBe(200)
    // The login providers the stand-in's /auth/providers lists, drawn by the Studio itself.
    await page
      .getByText(/E-mail \/ password/i)
      .first()
      .waitFor({ timeout: 45_000 })
    expect(await page.getByText(/GitHub/).count()).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(resultsDir, 'studio-sign-in.png') })

    // The Studio really asked the stand-in who is signed in, from the site's origin, with credentials.
    const whoAmI = lake.requests.find((request) => request.path.endsWith('/users/me'))
    expect(whoAmI?.headers.origin).toBe(site.origin)
    expect(pageErrors).toEqual([])
    expect(cspViolations).toEqual([])
    console.log(
      `[e2e] studio: refused ${blocked.length} requests off the machine${blocked.length ? `: ${[...new Set(blocked.map((url) => new URL(url).host))].join(', ')}` : ''}`,
    )
    await context.close()
  }, 120_000)
})
