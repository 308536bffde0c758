import { describe, expect, it } from 'vitest'
import { SERVER_ONLY_CANARIES } from './global-setup'
import { get, origin, page } from './support'

// The server was built and started with these server-only values set (global-setup.ts).
const secrets = Object.entries(SERVER_ONLY_CANARIES)

describe('nothing server-only reaches the browser', () => {
  it('no token or secret appears in any page or script a reader or editor downloads', async () => {
    const scripts = new Set<string>()
    for (const pathname of ['/', '/blog', '/blog/vitamin-d3-and-k2-better-together', '/search?q=vitamin', '/studio', '/no-such-page']) {
      const { html, document } = await page(pathname)
      for (const [name, value] of secrets) expect(html.includes(value), `${name} in ${pathname}`).toBe(false)
      for (const script of document.querySelectorAll('script[src]')) scripts.add(script.getAttribute('src')!)
    }
    expect(scripts.size).toBeGreaterThan(0)
    // Scripts from other origins (the configured Studio loads Sanity's bridge.js from its CDN) are not ours to leak into.
    for (const src of [...scripts].filter((src) => new URL(src, origin()).origin === origin())) {
      const body = await (await get(src)).text()
      for (const [name, value] of secrets) expect(body.includes(value), `${name} in ${src}`).toBe(false)
    }
  })
})
