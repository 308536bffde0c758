import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openReaderPage, useBrowser, type ReaderPage } from './support/browser'
import { D3_K2_LONG_TITLE, openPostFromIndex, visit } from './support/reader'

/** What could make focus visible, read from computed style. */
interface FocusLook {
  outline: string
  outlineWidth: number
  outlineVisible: boolean
  boxShadow: string
}

interface Stop {
  index: number
  label: string
  looks: FocusLook[]
  onScreen: boolean
}

const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

/** How far up a focus ring may be drawn (e.g. a card's :focus-within ring around its title link). */
const RING_ANCESTORS = 3

declare global {
  interface Window {
    /** The element's look, then its ancestors' up to RING_ANCESTORS. */
    e2eFocusLooks?: (element: Element, ancestors: number) => FocusLook[]
  }
}

/** Installed into every page (addInitScript), so the before/after readings are made by one function. */
function installFocusLook() {
  window.e2eFocusLooks = (element, ancestors) => {
    const looks = []
    for (let node: Element | null = element; node && looks.length <= ancestors; node = node.parentElement) {
      const style = getComputedStyle(node)
      const width = parseFloat(style.outlineWidth) || 0
      const transparent = style.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.outlineColor)
      looks.push({
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`,
        outlineWidth: width,
        outlineVisible: style.outlineStyle !== 'none' && width > 0 && !transparent,
        boxShadow: style.boxShadow,
      })
    }
    return looks
  }
}

/** Numbers every rendered interactive element (data-e2e-focus) and returns its unfocused look. */
async function markInteractive(page: Page): Promise<{ label: string; looks: FocusLook[] }[]> {
  return page.evaluate(
    ([selector, ancestors]) => {
      const rendered = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility({ visibilityProperty: true }))
      return rendered.map((element, index) => {
        element.setAttribute('data-e2e-focus', String(index))
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)
        const label = `<${element.tagName.toLowerCase()}> "${name}" ${element.getAttribute('href') ?? ''}`
        return { label, looks: window.e2eFocusLooks!(element, ancestors) }
      })
    },
    [INTERACTIVE, RING_ANCESTORS] as const,
  )
}

/** Presses Tab and reports where focus landed, how it looks there, and whether it is on screen. */
async function tab(page: Page): Promise<Stop | null> {
  await page.keyboard.press('Tab')
  return page.evaluate(async (ancestors) => {
    const element = document.activeElement
    if (!element || element === document.body) return null
    // Wait until scrolling to the focused element settles (at most ~1 s).
    for (let frame = 0, still = 0, last = -1; frame < 60 && still < 3; frame++) {
      await new Promise(requestAnimationFrame)
      still = window.scrollY === last ? still + 1 : 0
      last = window.scrollY
    }
    const box = element.getBoundingClientRect()
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)
    return {
      index: Number(element.getAttribute('data-e2e-focus') ?? -1),
      label: `<${element.tagName.toLowerCase()}> "${name}" ${element.getAttribute('href') ?? ''}`,
      looks: window.e2eFocusLooks!(element, ancestors),
      onScreen:
        box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
    }
  }, RING_ANCESTORS)
}

/** A ring (outline or box-shadow) appears on the element or on one of its near ancestors when it takes focus. */
function focusIsVisible(unfocused: FocusLook[], focused: FocusLook[]): boolean {
  return focused.some((after, level) => {
    const before = unfocused[level]
    if (!before) return false
    const outlineAppears = after.outlineVisible && (after.outline !== before.outline || !before.outlineVisible)
    const shadowAppears = after.boxShadow !== 'none' && after.boxShadow !== before.boxShadow
    return outlineAppears || shadowAppears
  })
}

describe('keyboard-only reading of the D3 + K2 post', () => {
  const browser = useBrowser()
  let reader: ReaderPage
  let postPath: string

  beforeAll(async () => {
    reader = await openReaderPage(browser())
    await reader.context.addInitScript(installFocusLook)
    await openPostFromIndex(reader.page, D3_K2_LONG_TITLE)
    postPath = new URL(reader.page.url()).pathname
  })

  afterAll(async () => {
    expect(reader.problems, 'errors on the post page').toEqual([])
    await reader.context.close()
  })

  it('reaches the skip link first, and the skip link moves past the header', async () => {
    const { page } = reader
    await visit(page, postPath)
    const first = await tab(page)
    expect(first?.label, 'first Tab stop').toMatch(/skip/i)
    expect(first?.onScreen, 'the skip link shows itself when focused').toBe(true)

    const skipLink = page.locator(':focus')
    const target = (await skipLink.getAttribute('href')) ?? ''
    expect(target).toMatch(/^#./)
    expect(await page.locator(`[id="${target.slice(1)}"]`).count(), `skip link target ${target} exists`).toBe(1)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.hash === target)
    // The next Tab continues from the main content, not from the header.
    const next = await tab(page)
    expect(next, 'a Tab stop after skipping').not.toBeNull()
    const inMain = await page.evaluate((id) => !!document.activeElement?.closest(`[id="${id}"], main`), target.slice(1))
    expect(inMain, `after skipping, Tab lands in the main content (got ${next?.label})`).toBe(true)
  })

  it('reaches every link and button by Tab, each with a visible focus indicator', async () => {
    const { page } = reader
    await visit(page, postPath)
    await page.mouse.move(0, 0)
    const interactive = await markInteractive(page)
    expect(interactive.length, 'links and buttons on the post page').toBeGreaterThan(20)

    const reached = new Set<number>()
    const invisibleFocus: string[] = []
    const offScreen: string[] = []
    for (let press = 0; press < interactive.length + 20; press++) {
      const stop = await tab(page)
      if (!stop) break
      if (stop.index >= 0) {
        if (reached.has(stop.index)) break
        reached.add(stop.index)
        if (!focusIsVisible(interactive[stop.index]!.looks, stop.looks)) {
          const own = stop.looks[0]!
          invisibleFocus.push(`${stop.label} — outline ${own.outline}, box-shadow ${own.boxShadow}`)
        }
      }
      if (!stop.onScreen) offScreen.push(stop.label)
    }

    const unreached = interactive.filter((_, index) => !reached.has(index)).map((element) => element.label)
    expect(unreached, 'links/buttons Tab never reaches').toEqual([])
    expect(invisibleFocus, 'focused elements with no visible focus indicator').toEqual([])
    expect(offScreen, 'focus lands on something the reader cannot see').toEqual([])
  })
})
