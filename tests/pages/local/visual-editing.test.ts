import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SERVER_ONLY_CANARIES } from '../global-setup'
import { get } from '../support'

/**
 * Visual Editing is for editors in draft mode only: readers' pages must not reference a byte of
 * it. Chunks are collected the way server-only.test.ts does (every script the page links), and
 * searched for code only the draft-mode tools contain, checked first to be there in draft mode.
 */
const READER_PAGES = ['/', '/blog', '/blog/vitamin-d-blood-test', '/blog/category/news', '/search?q=vitamin', '/no-such-page']
const DRAFT_PAGE = '/blog/vitamin-c-and-colds'

// Strings that survive minification: the preview bar's island (HiddenInPresentation), the
// overlays of @sanity/visual-editing, and @sanity/client's stega encoder.
const VISUAL_EDITING_MARKERS = ['presentation-iframe', 'data-sanity-edit-group', 'data-sanity-drag-flow', 'stegaEncodeSourceMap']
// The invisible characters stega encodes with (@vercel/stega).
const STEGA_CHARACTERS = /[\u200b\u200c\u200d\ufeff]{4,}/

async function scriptsOf(pathname: string, init: RequestInit = {}): Promise<{ html: string; scripts: Map<string, string> }> {
  const response = await get(pathname, init)
  const html = await response.text()
  const scripts = new Map<string, string>()
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    if (!scripts.has(src!)) scripts.set(src!, await (await get(src!)).text())
  }
  return { html, scripts }
}

const markersIn = (scripts: Map<string, string>) =>
  [...scripts].flatMap(([src, body]) =>
    VISUAL_EDITING_MARKERS.filter((marker) => body.includes(marker)).map((marker) => `${marker} in ${src}`),
  )

async function draftCookie(): Promise<string> {
  const params = new URLSearchParams({
    'sanity-preview-secret': SERVER_ONLY_CANARIES.SANITY_PREVIEW_SECRET,
    'sanity-preview-pathname': DRAFT_PAGE,
  })
  const response = await get(`/api/draft-mode/enable?${params}`)
  expect(response.status).toBe(307)
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('__prerender_bypass='))
  expect(cookie).toBeTruthy()
  return cookie!.split(';')[0]!
}

describe('Visual Editing reaches editors only', () => {
  it('the markers are real: the build holds visual-editing code that carries them', () => {
    const chunks = path.join(process.cwd(), '.next-test/static/chunks')
    const bodies = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(chunks, name), 'utf8'))
    for (const marker of VISUAL_EDITING_MARKERS)
      expect(
        bodies.some((body) => body.includes(marker)),
        marker,
      ).toBe(true)
  })

  it('in draft mode the draft page renders with the preview bar (tests/e2e/draft-preview.test.ts sees Visual Editing run)', async () => {
    const cookie = await draftCookie()
    const response = await get(DRAFT_PAGE, { headers: { cookie } })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('data-preview-bar')
  })

  it("readers' pages carry no visual-editing or stega code, and no stega in their text", async () => {
    // The same scan finds the markers where they are: the draft page, in draft mode. (Readers'
    // pages mostly come without scripts at all, lib/script-free-pages.)
    const draft = await scriptsOf(DRAFT_PAGE, { headers: { cookie: await draftCookie() } })
    expect(markersIn(draft.scripts).length).toBeGreaterThan(0)
    for (const pathname of READER_PAGES) {
      const { html, scripts } = await scriptsOf(pathname)
      expect(markersIn(scripts), pathname).toEqual([])
      expect(html, pathname).not.toContain('data-preview-bar')
      expect(STEGA_CHARACTERS.test(html), pathname).toBe(false)
    }
  })

  it('stays static: a reader page is served from the prerender cache', async () => {
    const response = await get('/blog/vitamin-d-blood-test')
    expect(response.status).toBe(200)
    expect(response.headers.get('x-nextjs-cache') ?? response.headers.get('x-nextjs-prerender')).toMatch(/HIT|STALE|1/)
  })
})
