import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.mjs'
import { freePort } from '../../scripts/processes'
import { DIST_DIRS, LAKE_STAMP, nextBuild, nextStart, siteEnv, startPagesLake } from '../pages/global-setup'
import type { ContentLake } from '../support/content-lake'
import { sourceChangedSince } from './support/server'

/**
 * The embedded Studio on a configured project: a lake-mode build (the page tests' own, reused
 * when it is current, since a build bakes in the API host) served against the stand-in Content
 * Lake, which answers `/users/me` and `/auth/providers` as the real API does for a signed-out
 * editor, with CORS for the site's origin.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..')
const distDir = DIST_DIRS.lake

describe('/studio on a configured project', () => {
  let lake: ContentLake
  let site: Awaited<ReturnType<typeof nextStart>>
  let browser: Browser

  beforeAll(async () => {
    const stampFile = path.join(repoRoot, distDir, LAKE_STAMP)
    const stale = sourceChangedSince(distDir) ?? (existsSync(stampFile) ? null : `no ${LAKE_STAMP} in ${distDir}`)
    const stamp = stale
      ? { lakePort: 0, sitePort: await freePort() }
      : (JSON.parse(readFileSync(stampFile, 'utf8')) as { lakePort: number; sitePort: number })
    lake = await startPagesLake({ port: stamp.lakePort || undefined, siteOrigins: [`http://127.0.0.1:${stamp.sitePort}`] })
    const env = siteEnv(distDir, lake)
    if (stale) {
      console.log(`[e2e] building the lake-mode site into ${distDir} (${stale})…`)
      await nextBuild(env)
      writeFileSync(stampFile, JSON.stringify({ lakePort: lake.port, sitePort: stamp.sitePort }))
    }
    site = await nextStart(env, stamp.sitePort, path.join(repoRoot, 'test-results', 'next-start-lake.log'))
    browser = await chromium.launch({
      executablePath: chromiumPath,
      // The Studio addresses the project as `<projectId>.localhost`: keep it on IPv4 loopback, where the stand-in listens.
      args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP *.localhost 127.0.0.1'],
    })
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await site?.stop()
    await lake?.close()
  })

  it('boots to the sign-in screen with no page errors and no CSP violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const lakePort = new URL(lake.apiHost).port
    const blocked: string[] = []
    // Offline: only the site and the stand-in answer; anything else is recorded and refused.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url())
      if (url.origin === site.origin || url.port === lakePort || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue()
      blocked.push(url.href)
      return route.abort('blockedbyclient')
    })
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
    await page.screenshot({ path: path.join(repoRoot, 'test-results', 'studio-sign-in.png') })

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
