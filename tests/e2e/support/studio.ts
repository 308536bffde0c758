import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { CHROMIUM_FLAGS, chromiumPath } from '../../../scripts/chromium.mjs'
import { freePort } from '../../../scripts/processes'
import {
  DIST_DIRS,
  LAKE_STAMP,
  SERVER_ONLY_CANARIES,
  STUDIO_EDITOR,
  nextBuild,
  nextStart,
  readLakeStamp,
  siteEnv,
  startPagesLake,
  type LakeStamp,
} from '../../pages/global-setup'
import { sendWebhook } from '../../pages/lake/lake'
import { CORE_ENDPOINT, type ContentLake } from '../../support/content-lake'
import { startReferenceServices } from '../../support/reference-services'
import { startCitedSites } from '../../sources-health/cited-sites'
import { sourceChangedSince } from './server'

/**
 * The embedded Studio on a configured project, as the editor journeys drive it: the page tests'
 * lake-mode build (reused when current: a build bakes in the API host), `next start` on the
 * stand-in Content Lake over HTTPS and HTTP/2, the stand-in sending the project's documented
 * webhooks to that server, Crossref/NCBI stand-ins for citation lookups, the Internet Archive's
 * stand-in for "Check now", and one Chromium.
 */
const repoRoot = path.resolve(import.meta.dirname, '../../..')
const distDir = DIST_DIRS.lake
export const resultsDir = path.join(repoRoot, 'test-results')

export interface StudioStack {
  lake: ContentLake
  site: { origin: string; stop(): Promise<void> }
  browser: Browser
  close(): Promise<void>
}

export async function startStudioStack(logName: string): Promise<StudioStack> {
  const stale = sourceChangedSince(distDir) ?? (readLakeStamp(distDir) ? null : `no current ${LAKE_STAMP} in ${distDir}`)
  const stamp: LakeStamp = stale ? { lakePort: 0, lakeSecurePort: 0, sitePort: await freePort() } : readLakeStamp(distDir)!
  const lake = await startPagesLake({
    port: stamp.lakePort || undefined,
    securePort: stamp.lakeSecurePort || undefined,
    siteOrigins: [`http://127.0.0.1:${stamp.sitePort}`],
  })
  // Crossref and NCBI stand-ins for the citation form's "Fill from DOI, PMID or URL" (read at run time).
  const references = await startReferenceServices()
  // The archive "Check now" asks for a copy of a failing source (read at run time).
  const archive = await startCitedSites()
  const env = { ...siteEnv(distDir, lake), ...references.env, WAYBACK_API_URL: archive.waybackApiUrl }
  try {
    if (stale) {
      console.log(`[e2e] building the lake-mode site into ${distDir} (${stale})…`)
      await nextBuild(env)
      writeFileSync(
        path.join(repoRoot, distDir, LAKE_STAMP),
        JSON.stringify({ lakePort: lake.port, lakeSecurePort: lake.securePort!, sitePort: stamp.sitePort } satisfies LakeStamp),
      )
    }
    mkdirSync(resultsDir, { recursive: true })
    const site = await nextStart(env, stamp.sitePort, path.join(resultsDir, `next-start-${logName}.log`))
    lake.setWebhook({ origin: site.origin, secret: SERVER_ONLY_CANARIES.SANITY_REVALIDATE_SECRET })
    // A reused build's disk cache still holds what an earlier run published: expire every page
    // (a site-settings change does), so readers get this run's stand-in from the first read.
    await sendWebhook(
      { _id: 'siteSettings', _type: 'siteSettings', rev: (lake.document('siteSettings')?._rev as string | undefined) ?? null },
      site.origin,
    )
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      // The Studio addresses the project as `<projectId>.localhost`: keep it on IPv4 loopback, where the stand-in listens.
      args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP *.localhost 127.0.0.1'],
    })
    return {
      lake,
      site,
      browser,
      async close() {
        await browser.close()
        await site.stop()
        await lake.close()
        await references.close()
        await archive.close()
      },
    }
  } catch (error) {
    await lake.close()
    await references.close()
    await archive.close()
    throw error
  }
}

/**
 * Calls the Studio makes to hosts other than the site and the stand-in. All are refused (the
 * suite runs offline); each is harmless to an editor:
 * - sanity-cdn.com: the Studio's check for a newer version of itself, and the Presentation bridge script;
 * - api.sanity.io: the Studio's error and feedback reporting, which ignores the configured API host;
 * - cdn.sanity.io: image URLs the site builds for the Content Lake's image CDN;
 * - design-system-static.sanity.io: the Studio's Inter web font (it falls back to the system font).
 */
export const OUTSIDE_HOSTS_ALLOWED = /(^|\.)(sanity-cdn\.com|api\.sanity\.io|cdn\.sanity\.io|design-system-static\.sanity\.io)$/

/**
 * Console errors allowed although they name no outside host:
 * - the version check's own message when sanity-cdn.com's module CDN is refused ("Failed to fetch
 *   version for package …");
 * - the presence socket (`/socket/<dataset>`, Sanity's bifur protocol), which the stand-in does not
 *   serve: the Studio then shows no other editors, which is the truth in a one-editor journey.
 */
const ALLOWED_CONSOLE_ERRORS = [
  /^(Error: )?Failed to fetch version for package/,
  // The browser's message, then the Studio's own on each reconnect (presence is its only WebSocket).
  /^WebSocket connection to '[^']*\/socket\/[^']*' failed/,
  /^WebSocketError: WebSocket connection error/,
]

export interface EditorSession {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught exceptions, except failed calls to OUTSIDE_HOSTS_ALLOWED. */
  problems: string[]
  /** Hosts of the outside calls refused. */
  refusedHosts: Set<string>
  /** Saves a screenshot of the page as test-results/<journey>-<nn>-<step>.png. */
  step(name: string): Promise<void>
  /** Core endpoints the stand-in answered 404 or 5xx since the session began, as `METHOD path: message`. */
  unansweredCore(): string[]
}

/**
 * Offline, as the suite runs: only the site and the stand-in answer a context's requests; any
 * other is refused, and `onRefused` hears of it.
 */
export async function refuseOutsideCalls(context: BrowserContext, { lake, site }: StudioStack, onRefused: (url: URL) => void) {
  const lakePorts = new Set([String(lake.port), String(lake.securePort)])
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.origin === site.origin || lakePorts.has(url.port) || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue()
    onRefused(url)
    return route.abort('blockedbyclient')
  })
}

/**
 * In Presentation: clicks the preview's `heading` until the Studio focuses the document's Title.
 * The overlay is drawn once the pointer is on the element, and Visual Editing registers the page's
 * elements after it connects, so a click just before opens the document without focusing the
 * field: it is clicked again then, as an editor would. Resolves with the Title input.
 */
export async function focusTitleThroughOverlay(page: Page, heading: Locator): Promise<Locator> {
  const title = page.locator('[data-testid="field-title"] input')
  const focused = () => title.evaluate((input) => input === document.activeElement).catch(() => false)
  for (let attempt = 1; !(await focused()); attempt++) {
    if (attempt > 3) throw new Error("clicking the heading's overlay never focused Title")
    await heading.hover()
    await heading.click()
    await until(focused, 10_000, 'Title not focused after this click').catch(() => undefined)
  }
  return title
}

/** A browser context signed in as STUDIO_EDITOR (the session token where the Studio keeps it), at 1440×900. */
export async function signIn(stack: StudioStack, journey: string): Promise<EditorSession> {
  const { lake, browser } = stack
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ignoreHTTPSErrors: true })
  const refusedHosts = new Set<string>()
  const problems: string[] = []
  await refuseOutsideCalls(context, stack, (url) => {
    refusedHosts.add(url.host)
    if (!OUTSIDE_HOSTS_ALLOWED.test(url.hostname)) problems.push(`refused call to another site: ${url.origin}${url.pathname}`)
  })
  await context.addInitScript(
    ({ key, token }) => {
      // Also runs in frames without storage (a sandboxed frame throws on reading localStorage); the Studio's own page has it.
      try {
        window.localStorage.setItem(key, JSON.stringify({ token, authenticated: true }))
      } catch {}
    },
    { key: `__studio_auth_token_${lake.projectId}`, token: STUDIO_EDITOR.token },
  )
  const page = await context.newPage()
  const outside = (text: string) =>
    [...text.matchAll(/https?:\/\/([^/\s'"]+)/g)].some(([, host]) => OUTSIDE_HOSTS_ALLOWED.test(host!.replace(/:\d+$/, '')))
  const watch = (target: Page) => {
    target.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    target.on('console', (message) => {
      if (message.type() !== 'error') return
      const where = message.location().url ?? ''
      if (outside(message.text()) || outside(where) || ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed.test(message.text()))) return
      // A refused call shows as a bare "Failed to load resource", often with no address: the route above reports each one.
      if (/net::ERR_BLOCKED_BY_CLIENT/.test(message.text())) return
      problems.push(`console: ${message.text()}`)
    })
  }
  watch(page)
  context.on('page', watch)
  const since = lake.unanswered.length
  let counter = 0
  return {
    context,
    page,
    problems,
    refusedHosts,
    async step(name: string) {
      counter += 1
      await page.screenshot({ path: path.join(resultsDir, `${journey}-${String(counter).padStart(2, '0')}-${name}.png`) })
    },
    unansweredCore: () =>
      lake.unanswered
        .slice(since)
        .filter((request) => CORE_ENDPOINT.test(request.path))
        .map((request) => `${request.method} ${request.path}: ${request.message}`),
  }
}

/** Waits until `check` holds, polling every 50 ms; throws `message` after `timeout` ms. */
async function until(check: () => Promise<boolean>, timeout: number, message: string) {
  const deadline = Date.now() + timeout
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(message)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Opens a document in the Studio's form and waits until its Title can be edited. */
export async function openDocument(stack: StudioStack, page: Page, type: string, id: string) {
  await page.goto(`${stack.site.origin}/studio/intent/edit/id=${id};type=${type}`)
  await page.locator('[data-testid="field-title"] input').waitFor({ timeout: 60_000 })
}

/**
 * Replaces the Title field's text the way an editor does: select all, type. A form that renders
 * again as it finishes loading can drop the selection between the two; the editor would see their
 * words added to the old title and do it again, and so does this.
 */
export async function retypeTitle(page: Page, text: string) {
  const title = page.locator('[data-testid="field-title"] input')
  for (let attempt = 1; (await title.inputValue()) !== text; attempt++) {
    if (attempt > 3) throw new Error(`The Title field holds "${await title.inputValue()}" after three tries at typing "${text}"`)
    await title.click()
    await title.press('ControlOrMeta+a')
    await title.pressSequentially(text, { delay: 10 })
  }
}

/** Clicks Publish once the Studio offers it; resolves with the click's time. */
export async function clickPublish(page: Page) {
  const button = page.getByRole('button', { name: 'Publish', exact: true })
  await until(() => button.isEnabled(), 20_000, 'the Publish button never became enabled')
  const clicked = Date.now()
  await button.click()
  return clicked
}

/**
 * Picks a document in a reference field the way an editor does: types into its search box and
 * clicks the match in the list that opens, the one the box owns (`aria-owns`): the panes' own
 * lists are listboxes too.
 */
export async function pickReference(page: Page, input: Locator, search: string, match: RegExp) {
  await input.click()
  await input.pressSequentially(search, { delay: 20 })
  await until(async () => !!(await input.getAttribute('aria-owns')), 15_000, `typing "${search}" opened no list of matches`)
  const option = page
    // An array item's id holds quotes (`worksCited[_key=="…"]-listbox`): a CSS string escapes them as JSON does.
    .locator(`[id=${JSON.stringify(await input.getAttribute('aria-owns'))}]`)
    .getByRole('option', { name: match })
    .first()
  await option.waitFor({ timeout: 15_000 })
  await option.click()
}

/** Selects `words` in a Portable Text editor as a reader's drag would (the editor follows the DOM selection). */
export async function selectWords(editable: Locator, words: string) {
  await editable.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`The editor holds no "${wanted}"`)
  }, words)
}

/** Polls a reader page until its HTML holds `text`; resolves with the time it first did. */
export async function readerShows(stack: StudioStack, path: string, text: string, within: number) {
  const deadline = Date.now() + within
  for (;;) {
    const html = await fetch(`${stack.site.origin}${path}`).then((response) => response.text())
    if (html.includes(text)) return { at: Date.now(), html }
    if (Date.now() > deadline) throw new Error(`${path} did not show "${text}" within ${within} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
