import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inlineScripts, nextScriptHashes, scriptHashSource } from '@/lib/next-inline-scripts/index.js'
import { PLAY_IN_PLACE_SCRIPT } from '@/lib/video-player/play-in-place'
import { DIST_DIRS } from '../global-setup'

/**
 * What lib/next-inline-scripts relies on in Next's HTML, checked against this build's own pages
 * (as `next build` wrote them, before the page cache touches them): a change in Next's output
 * shows here rather than as pages that stop hydrating under their policy.
 */
const appDir = path.resolve(import.meta.dirname, '../../..', DIST_DIRS.local, 'server/app')

/** Every prerendered page that has its RSC payload beside it, by path. */
function prerenderedPages(): { page: string; html: string; rsc: Buffer }[] {
  return readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const base = path.join(appDir, file.slice(0, -'.html'.length))
      try {
        return [{ page: file, html: readFileSync(`${base}.html`, 'utf8'), rsc: readFileSync(`${base}.rsc`) }]
      } catch {
        return []
      }
    })
}

describe('Next’s inline scripts in this build', () => {
  const pages = prerenderedPages()

  it('are all recognised as Next’s on every prerendered page, and the page holds no other inline script', () => {
    expect(pages.length, 'prerendered pages with an RSC payload').toBeGreaterThan(10)
    for (const { page, html, rsc } of pages) {
      const scripts = inlineScripts(html)
      const { hashes, refused } = nextScriptHashes(scripts, rsc)
      expect(refused, page).toBeUndefined()
      for (const { attributes, text } of scripts) {
        // Data blocks are the site's own (JSON-LD, speculation rules), and so is the video players'
        // script, by its exact text; the rest must be Next's.
        if (attributes.type === 'application/ld+json' || attributes.type === 'speculationrules') continue
        if (text === PLAY_IN_PLACE_SCRIPT) continue
        expect(attributes, `${page}: ${text.slice(0, 60)}`).toEqual({})
        expect(hashes, `${page}: ${text.slice(0, 60)}`).toContain(scriptHashSource(text))
      }
    }
  })

  it('carry each page’s RSC payload in flight scripts, which a script added to the body does not join', () => {
    const post = pages.find(({ page }) => page.startsWith('blog/') && !page.includes('/page/') && !page.includes('category'))!
    expect(post, 'a prerendered post').toBeDefined()
    const { hashes } = nextScriptHashes(inlineScripts(post.html), post.rsc)
    expect(hashes.length, `${post.page}: bootstrap and flight scripts`).toBeGreaterThan(2)
    const injected = post.html.replace('<main', '<script>self.__next_f.push([1,"1:null\\n"])</script><main')
    expect(nextScriptHashes(inlineScripts(injected), post.rsc).refused).toMatch(/not exactly its RSC payload/)
  })
})
