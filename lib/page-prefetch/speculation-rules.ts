/**
 * The browser's own prefetching of the page a reader is about to open: speculation rules (Chrome,
 * Edge; other browsers ignore them). "moderate" eagerness fetches a link's page once the pointer
 * has rested on it or it is pressed, not every link in view, so a post's dozens of links do not
 * compete with the post itself. Only reader pages: not the API, the Studio, images or feeds.
 *
 * lib/security/headers.js, loaded by Node uncompiled (types stripped), allows this one inline
 * script by its hash.
 */
import { createHash } from 'node:crypto'

export const SPECULATION_RULES = JSON.stringify({
  prefetch: [
    {
      where: {
        and: [
          { href_matches: '/*' },
          { not: { href_matches: ['/api/*', '/studio', '/studio/*', '/media/*', '/feed.xml', '/sitemap.xml'] } },
        ],
      },
      eagerness: 'moderate',
    },
  ],
})

/** The CSP source that lets exactly these rules run, on pages with hashes and with a nonce alike. */
export const SPECULATION_RULES_HASH = `'sha256-${createHash('sha256').update(SPECULATION_RULES, 'utf8').digest('base64')}'`
