/**
 * Which hrefs a reader may click. Content comes from editors and imports, so anything that is
 * not plainly http(s), mailto, tel or a path on this site renders as text instead of a link.
 */

export interface SafeLink {
  href: string
  /** Leaves the site: gets `rel="noopener noreferrer"`. */
  external: boolean
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])
// Browsers drop tabs and newlines inside URLs ("java\nscript:"), and leading control characters.
const IGNORED_BY_BROWSERS = /[\u0000-\u001f\u007f]/g

/** The URL an absolute address parses to, or undefined. */
export function parseAbsolute(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** A body or disclaimer link that is safe to render, or `null` to render its text only. */
export function safeHref(value: unknown): SafeLink | null {
  if (typeof value !== 'string') return null
  const href = value.trim()
  if (href === '') return null
  const squashed = href.replace(IGNORED_BY_BROWSERS, '')
  if (!SCHEME.test(squashed)) {
    // A path on this site, a query or an in-page anchor; "//host" and "\\host" leave the site.
    if (/^(\/(?![/\\])|\?|#)/.test(squashed) && squashed === href) return { href, external: false }
    return null
  }
  const url = parseAbsolute(href)
  if (!url || !LINK_SCHEMES.has(url.protocol)) return null
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.hostname) return null
    return { href, external: true }
  }
  return { href, external: false }
}

/** A works-cited URL: absolute http(s) only; its `#:~:text=` fragment is kept as written. */
export function safeSourceUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const href = value.trim()
  const url = parseAbsolute(href)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null
  if (/[\u0000-\u001f\u007f]/.test(href)) return null
  return href
}

/** The host a reader sees for a source ("pmc.ncbi.nlm.nih.gov"), without "www.". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return ''
  }
}
