import { afterEach, describe, expect, it } from 'vitest'
import { E2E_PREVIEW_SECRET } from './support/server'
import { openReaderPage, useBrowser, type ReaderPage } from './support/browser'

const DRAFT_PAGE = '/blog/vitamin-c-and-colds'

describe("an editor's draft preview", () => {
  const browser = useBrowser()
  let editor: ReaderPage

  afterEach(async () => {
    expect(editor.problems, 'errors on the draft page').toEqual([])
    expect(editor.thirdPartyRequests, 'requests to other sites').toEqual([])
    await editor.context.close()
  })

  it('loads the visual-editing client without errors, and keeps the preview bar in a normal tab', async () => {
    editor = await openReaderPage(browser())
    const { page } = editor
    const params = new URLSearchParams({ 'sanity-preview-secret': E2E_PREVIEW_SECRET, 'sanity-preview-pathname': DRAFT_PAGE })
    await page.goto(`/api/draft-mode/enable?${params}`)
    expect(new URL(page.url()).pathname).toBe(DRAFT_PAGE)
    await page.waitForLoadState('networkidle')
    // <VisualEditing /> mounts its overlay root once its code has loaded and run.
    await page.locator('sanity-visual-editing').waitFor({ state: 'attached', timeout: 15_000 })
    const bar = page.getByRole('complementary', { name: 'Preview mode' })
    expect(await bar.isVisible()).toBe(true)
    expect(await bar.getByRole('link', { name: 'Exit preview' }).getAttribute('href')).toBe('/api/draft-mode/disable')
  })

  it("a reader's page loads neither the visual-editing client nor the preview bar", async () => {
    editor = await openReaderPage(browser())
    const { page } = editor
    const response = await page.goto('/blog/vitamin-d-blood-test')
    expect(response?.status()).toBe(200)
    await page.waitForLoadState('networkidle')
    expect(await page.locator('sanity-visual-editing').count()).toBe(0)
    expect(await page.locator('[data-preview-bar]').count()).toBe(0)
  })
})
