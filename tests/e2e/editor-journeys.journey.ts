import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest'
import {
  clickPublish,
  openDocument as open,
  readerShows as shows,
  retypeTitle as retype,
  signIn,
  startStudioStack,
  type EditorSession,
  type StudioStack,
} from './support/studio'

/**
 * What an editor does in the Studio, signed in, in Chromium at 1440×900: the real Studio (the
 * site's lake-mode build) against the stand-in Content Lake, which sends the project's documented
 * webhook to the same `next start` readers use. Nothing between the editor's click and the
 * reader's page is faked. Screenshots of each step: test-results/<journey>-<nn>-<step>.png.
 *
 * Run with `npm run test:journeys`. All six pass; not yet part of `npm run test:e2e` (CI):
 * publish → reader page takes ~4 s of its 5 s budget, 3 s of them next-sanity's fixed wait for
 * the Content Lake's consistency (app/api/revalidate), too close to the limit on a loaded CI host.
 */
describe('editor journeys in the signed-in Studio', () => {
  let stack: StudioStack
  const sessions: EditorSession[] = []

  beforeAll(async () => {
    stack = await startStudioStack('editor-journeys')
  }, 900_000)

  afterAll(async () => {
    for (const session of sessions) await session.context.close()
    await stack?.close()
  })

  const openDocument = (page: Page, type: string, id: string) => open(stack, page, type, id)
  const readerShows = (path: string, text: string, within: number) => shows(stack, path, text, within)
  const publish = clickPublish

  async function editor(journey: string) {
    const session = await signIn(stack, journey)
    sessions.push(session)
    // What the editor saw and what went wrong, for the failure report and the CI artifacts.
    onTestFailed(async () => {
      await session.step('failed').catch(() => undefined)
      console.log(
        `[e2e] ${journey} failed; browser problems:\n${session.problems.join('\n')}\nunanswered by the stand-in:\n${stack.lake.unanswered.map((request) => `${request.method} ${request.path} ${request.status}: ${request.message}`).join('\n')}`,
      )
    })
    return session
  }

  function expectClean(session: EditorSession) {
    expect(session.unansweredCore()).toEqual([])
    expect(session.problems).toEqual([])
  }

  it('edit and publish: the reader page shows the change, with its [1] [2] markers, within 5 s of the click', async () => {
    const session = await editor('publish')
    const { page } = session
    await page.goto(`${stack.site.origin}/studio/structure/post`)
    await page.getByText('Calcium: Why Food Comes First').first().waitFor({ timeout: 60_000 })
    await session.step('post-list')

    await openDocument(page, 'post', 'post-calcium-food-first')
    await session.step('post-opened')
    // New on every run: the site's disk cache outlives the stand-in, so an earlier run's title must not count.
    const title = `Calcium: Why Food Still Comes First (${Date.now()})`
    await retype(page, title)
    await session.step('title-edited')
    const clicked = await publish(page)
    const { at, html } = await readerShows('/blog/calcium-food-first', title, 5_000)
    console.log(`[e2e] publish click → reader page fresh: ${at - clicked} ms`)
    expect(html).toContain('aria-label="Source 1"')
    expect(html).toContain('aria-label="Source 2"')
    await session.step('published')

    const reader = await session.context.newPage()
    await reader.goto(`${stack.site.origin}/blog/calcium-food-first`)
    await expect.poll(() => reader.locator('h1').textContent()).toBe(title)
    expect((await reader.locator('sup.cite-marker a').allTextContents()).slice(0, 2)).toEqual(['[1]', '[2]'])
    await reader.screenshot({ path: 'test-results/publish-99-reader-page.png' })
    await reader.close()
    await expect.poll(() => stack.lake.document('drafts.post-calcium-food-first')).toBeUndefined()
    // The delivery is logged once the site has answered it, which can be just after the page is fresh.
    await expect.poll(() => stack.lake.webhookDeliveries.length).toBeGreaterThan(0)
    expect(stack.lake.webhookDeliveries.at(-1)).toMatchObject({
      status: 200,
      body: { _id: 'post-calcium-food-first', slug: 'calcium-food-first' },
    })
    expectClean(session)
  }, 180_000)

  it('edit a shared citation: all three posts that list it show the edit', async () => {
    const session = await editor('shared-citation')
    const { page } = session
    await openDocument(page, 'citation', 'citation-pmc-k2-calcium-use')
    await session.step('citation-opened')
    const edited = `Cardiovascular Health (${Date.now()})`
    const title = `Proper Calcium Use: Vitamin K2 as a Promoter of Bone and ${edited}`
    await retype(page, title)
    await session.step('title-edited')
    const clicked = await publish(page)
    for (const slug of ['vitamin-d3-and-k2-better-together', 'vitamin-d3-and-k2-synergy', 'natto-and-vitamin-k2']) {
      const { at } = await readerShows(`/blog/${slug}`, edited, 5_000)
      console.log(`[e2e] shared citation: /blog/${slug} fresh ${at - clicked} ms after the click`)
    }
    await session.step('published')
    expectClean(session)
  }, 180_000)

  it('review: Needs review → open the post due → Mark reviewed today → it leaves the list; the reader page shows the new date', async () => {
    const session = await editor('review')
    const { page } = session
    await page.goto(`${stack.site.origin}/studio/structure/needs-review`)
    const due = page.getByText('Video: How Your Skin Makes Vitamin D From Sunlight').first()
    await due.waitFor({ timeout: 60_000 })
    await session.step('needs-review-list')
    await due.click()
    const action = page.getByRole('button', { name: 'Mark reviewed today' })
    await action.waitFor({ timeout: 30_000 })
    await session.step('post-due-opened')
    await action.click()
    const confirm = page.getByRole('button', { name: 'Publish', exact: true }).last()
    await page.getByText(/Set Last reviewed to .* then publish the post\?/).waitFor()
    expect(await page.getByTestId('document-list-pane').getByText('Video: How Your Skin Makes Vitamin D From Sunlight').count()).toBe(1)
    await session.step('confirm')
    const clicked = Date.now()
    await confirm.click()
    // Gone from the list; the post itself stays open beside it.
    const list = page.getByTestId('document-list-pane')
    await expect.poll(() => list.getByText('Video: How Your Skin Makes Vitamin D From Sunlight').count(), { timeout: 15_000 }).toBe(0)
    await session.step('left-the-list')
    const today = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(new Date())
    const { at } = await readerShows('/blog/video-sunlight-and-vitamin-d', today, 5_000)
    console.log(`[e2e] review: reader page shows ${today} ${at - clicked} ms after the click`)
    expect(stack.lake.document('post-video-sunlight-and-vitamin-d')?.lastReviewedAt).toBe(new Date().toISOString().slice(0, 10))
    expectClean(session)
  }, 180_000)

  it('validation: publishing is refused, with the message, for a missing alt text, an empty citation marker, and a citation missing from Works cited', async () => {
    const session = await editor('validation')
    const { page } = session
    const published = stack.lake.document('post-magnesium-basics')!
    type Block = { markDefs?: Array<Record<string, unknown>> }
    const body = published.body as Block[]
    // What an editor left in a draft (written as another editor would, so the open Studio gets it live).
    const defects: Array<{ name: string; draft: Record<string, unknown>; message: RegExp }> = [
      {
        name: 'missing-alt',
        draft: { mainImage: { ...(published.mainImage as object), alt: undefined } },
        message: /Add alternative text describing the image/,
      },
      {
        name: 'empty-marker',
        draft: {
          body: [{ ...body[0], markDefs: body[0]!.markDefs!.map(({ citation: _citation, ...marker }) => marker) }, ...body.slice(1)],
        },
        message: /The citation marker on “hundreds of chemical reactions in the body” has no source/,
      },
      { name: 'not-in-works-cited', draft: { worksCited: [] }, message: /This citation is not in Works cited/ },
    ]
    await openDocument(page, 'post', 'post-magnesium-basics')
    for (const defect of defects) {
      await stack.lake.mutate([{ createOrReplace: { ...published, ...defect.draft, _id: 'drafts.post-magnesium-basics' } }])
      const button = page.getByRole('button', { name: 'Publish', exact: true })
      await expect.poll(() => button.isDisabled(), { timeout: 20_000 }).toBe(true)
      // The document's validation list names the problem (opened once; it stays open across edits).
      const panel = page.getByText('Validation', { exact: true }).filter({ visible: true })
      if ((await panel.count()) === 0)
        await page
          .getByRole('button', { name: /validation/i })
          .first()
          .click()
      await page.getByText(defect.message).filter({ visible: true }).first().waitFor({ timeout: 10_000 })
      await session.step(defect.name)
      await page.keyboard.press('Escape')
      await button.click({ force: true })
      expect(stack.lake.document('post-magnesium-basics')?._rev).toBe(published._rev)
    }
    // The defects go with the draft, so the journeys after this one find the post as published.
    await stack.lake.mutate([{ delete: { id: 'drafts.post-magnesium-basics' } }])
    expectClean(session)
  }, 180_000)

  it('lookup (#33): a DOI, a PMID and a URL pasted into "Fill from DOI, PMID or URL" fill the new citation in under 2 s', async () => {
    const session = await editor('lookup')
    const { page } = session
    const cases = [
      { name: 'doi', input: '10.5555/cited.d3.2019', title: 'Vitamin D3 dosing in a test population' },
      { name: 'pmid', input: '90000001', title: 'Matrix Gla protein in a test model' },
      { name: 'url', input: 'https://doi.org/10.5555/cited.eoc.2020', title: 'Calcium supplements and a test outcome' },
    ]
    for (const lookup of cases) {
      await page.goto(`${stack.site.origin}/studio/intent/create/template=citation;type=citation`)
      await page.locator('[data-testid="field-title"] input').waitFor({ timeout: 60_000 })
      // The intent settles on the new document's own address first; a dialog opened before would go with the remount.
      await page.waitForURL((url) => !url.pathname.includes('/intent/'))
      // A new document's pane renders again once the document has loaded, which closes a menu or
      // dialog opened just before (an editor who clicked that fast would open it again): each
      // try opens the dialog and looks up; the time counts from the last Enter.
      const dialog = page.getByRole('dialog', { name: 'Fill from a DOI, PMID, PMCID or URL' })
      const title = page.locator('[data-testid="field-title"] input')
      let asked = 0
      for (let attempt = 1; !(await title.inputValue()).includes(lookup.title); attempt++) {
        if (attempt > 3) throw new Error(`"Fill from DOI, PMID or URL" did not fill ${lookup.input} in three tries`)
        if (!(await dialog.isVisible())) {
          await page.locator('[data-testid="action-menu-button"]').click()
          await page
            .getByRole('menuitem', { name: 'Fill from DOI, PMID or URL' })
            .click({ timeout: 5_000 })
            .catch(() => undefined)
          await dialog.waitFor({ timeout: 5_000 }).catch(() => undefined)
        }
        const field = page.getByRole('textbox', { name: 'DOI, PMID, PMCID or URL' })
        if (!(await field.isVisible())) continue
        await field.fill(lookup.input)
        asked = Date.now()
        await field.press('Enter')
        // The form fills in place. (On a citation not saved yet, the dialog closes with its "Filled
        // N fields" message when the first fill creates the draft: a known defect, issue 33's note.)
        await expect
          .poll(() => title.inputValue(), { timeout: 5_000 })
          .toContain(lookup.title)
          .catch(() => undefined)
      }
      const took = Date.now() - asked
      console.log(`[e2e] lookup ${lookup.name}: complete reference in the form ${took} ms after Enter`)
      expect(took).toBeLessThan(2_000)
      await session.step(`${lookup.name}-in-form`)
    }
    expectClean(session)
  }, 180_000)

  it("Presentation: clicking the heading's overlay focuses Title, typing shows in the preview, no preview bar inside the frame but one in a tab", async () => {
    const session = await editor('presentation')
    const { page } = session
    await page.goto(`${stack.site.origin}/studio/presentation?preview=${encodeURIComponent('/blog/magnesium-basics')}`)
    const frame = page.frameLocator('iframe')
    const heading = frame.locator('h1')
    await heading.waitFor({ timeout: 90_000 })
    await expect.poll(() => heading.textContent(), { timeout: 30_000 }).toContain('Magnesium: What It Does')
    await session.step('preview')
    // The bar steps aside once Visual Editing has shaken hands with the Studio (comlink), after hydration.
    await expect.poll(() => frame.locator('[data-preview-bar]').isVisible(), { timeout: 10_000 }).toBe(false)

    // The overlay is drawn over the element once the pointer is on it. Visual Editing registers
    // the page's elements after it connects, so a click just before opens the post without
    // focusing the field: click again then, as an editor would.
    const title = page.locator('[data-testid="field-title"] input')
    const focused = () => title.evaluate((input) => input === document.activeElement).catch(() => false)
    for (let attempt = 1; !(await focused()); attempt++) {
      if (attempt > 3) throw new Error("clicking the heading's overlay never focused Title")
      await heading.hover()
      await heading.click()
      await expect
        .poll(focused, { timeout: 10_000 })
        .toBe(true)
        .catch(() => undefined)
    }
    await session.step('title-focused')

    const typed = Date.now()
    await title.press('End')
    await title.pressSequentially(' Today', { delay: 20 })
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toContain('Where to Find It Today')
    console.log(`[e2e] presentation: last keystroke → preview ${Date.now() - typed} ms (typing included)`)
    await session.step('typed-in-preview')

    const tab = await session.context.newPage()
    await tab.goto(`${stack.site.origin}/blog/magnesium-basics`)
    await tab.locator('[data-preview-bar]').waitFor({ timeout: 10_000 })
    expect(await tab.locator('[data-preview-bar]').isVisible()).toBe(true)
    await tab.screenshot({ path: 'test-results/presentation-99-tab-with-preview-bar.png' })
    await tab.close()
    expectClean(session)
  }, 240_000)
})
