// The `editor` section: the signed-in Studio against the stand-in Content Lake, as the editor
// journeys drive it (tests/e2e/support/studio.ts): the lake-mode build, `next start`, the
// documented webhooks from the stand-in to that server, Chromium at 1440×900.

import {
  clickPublish,
  focusTitleThroughOverlay,
  openDocument,
  readerShows,
  retypeTitle,
  signIn,
  startStudioStack,
} from '../tests/e2e/support/studio'

export const EDITOR_PUBLISHES = 10
/** Twenty: the times fall in two groups (a keystroke landing while the Studio still works on the last one waits), so ten leave the median on the edge between them. */
export const PREVIEW_KEYSTROKES = 20
/** The demo's longest post, opened in the Studio's form. */
export const LARGE_POST = { id: 'post-vitamin-d3-and-k2-better-together', citations: 53 }
const PUBLISHED_POST = { id: 'post-calcium-food-first', path: '/blog/calcium-food-first', title: 'Calcium: Why Food Comes First' }
const PREVIEWED_POST = { path: '/blog/magnesium-basics', title: 'Magnesium: What It Does' }

export interface EditorResult {
  /** Publish click → the reader page's HTML has the new title, per publish, ms. */
  publishToFreshMs: number[]
  /** Page load with a signed-in session → the post list shows its first post, ms. */
  signInToListMs: number
  /** Opening the post with LARGE_POST.citations works cited → its form is editable, ms. */
  openLargePostMs: number
  largePostCitations: number
  /** Presentation: one keystroke in Title → the preview's heading shows it, per keystroke, ms. */
  keystrokeToPreviewMs: number[]
}

export async function runEditorBench(log: (message: string) => void): Promise<EditorResult> {
  const stack = await startStudioStack('bench-editor')
  try {
    const session = await signIn(stack, 'bench-editor')
    const { page } = session
    const loaded = Date.now()
    await page.goto(`${stack.site.origin}/studio/structure/post`)
    await page.getByText(PUBLISHED_POST.title).first().waitFor({ timeout: 120_000 })
    const signInToListMs = Date.now() - loaded
    log(`editor: sign-in → post list ${signInToListMs} ms`)

    const opening = Date.now()
    await openDocument(stack, page, 'post', LARGE_POST.id)
    const openLargePostMs = Date.now() - opening
    log(`editor: opening the ${LARGE_POST.citations}-citation post ${openLargePostMs} ms`)

    await openDocument(stack, page, 'post', PUBLISHED_POST.id)
    const publishToFreshMs: number[] = []
    for (let run = 1; run <= EDITOR_PUBLISHES; run++) {
      const title = `${PUBLISHED_POST.title} (edit ${run})`
      await retypeTitle(page, title)
      const clicked = await clickPublish(page)
      const { at } = await readerShows(stack, PUBLISHED_POST.path, title, 30_000)
      publishToFreshMs.push(at - clicked)
      log(`editor: publish ${run}/${EDITOR_PUBLISHES} → reader page fresh in ${at - clicked} ms`)
    }

    // Presentation: the post in the preview, its Title focused through the heading's overlay as
    // the journey does, then one character at a time, each timed until the preview's heading has it.
    await page.goto(`${stack.site.origin}/studio/presentation?preview=${encodeURIComponent(PREVIEWED_POST.path)}`)
    const heading = page.frameLocator('iframe').locator('h1')
    await heading.filter({ hasText: PREVIEWED_POST.title }).waitFor({ timeout: 120_000 })
    const titleInput = await focusTitleThroughOverlay(page, heading)
    await titleInput.press('End')
    const keystrokeToPreviewMs: number[] = []
    let typed = await titleInput.inputValue()
    for (let run = 1; run <= PREVIEW_KEYSTROKES; run++) {
      const character = String(run % 10)
      typed += character
      const pressed = Date.now()
      await titleInput.press(character)
      await heading.filter({ hasText: typed }).waitFor({ timeout: 30_000 })
      keystrokeToPreviewMs.push(Date.now() - pressed)
      log(`editor: keystroke ${run}/${PREVIEW_KEYSTROKES} → preview ${Date.now() - pressed} ms`)
    }
    await session.context.close()
    return { publishToFreshMs, signInToListMs, openLargePostMs, largePostCitations: LARGE_POST.citations, keystrokeToPreviewMs }
  } finally {
    await stack.close()
  }
}
