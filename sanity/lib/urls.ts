/**
 * Which URLs an editor may enter. The site refuses anything else when rendering, so catching it
 * here tells the editor at the moment they can fix it.
 */

const hasScheme = /^[a-z][a-z0-9+.-]*:/i

function parseAbsolute(value: string): URL | undefined {
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/** An absolute http(s) address with a host, else `message`. */
function checkWebAddress(value: string | undefined, message: string): true | string {
  if (!value) return true
  const url = parseAbsolute(value.trim())
  return url && ['http:', 'https:'].includes(url.protocol) && url.hostname ? true : message
}

/** Works-cited URLs: absolute http(s) addresses; a `#:~:text=` fragment is fine. */
export const checkSourceUrl = (value: string | undefined) =>
  checkWebAddress(value, 'Use the full web address of the source, starting with https:// or http://')

/** An author's profile links (`sameAs`): absolute http(s) addresses. */
export const checkProfileUrl = (value: string | undefined) =>
  checkWebAddress(value, 'Use the full address of the profile page, starting with https:// or http://')

const linkSchemes = ['http:', 'https:', 'mailto:', 'tel:']

/** Body and disclaimer links: http, https, mailto, tel, or a path on this site. */
export function checkLinkHref(value: string | undefined): true | string {
  if (!value) return true
  const href = value.trim()
  const message =
    'Links may point to https://, http://, mailto: or tel: addresses, or to a page on this site starting with /'
  if (!hasScheme.test(href)) {
    // Relative links: a path, a query or an in-page anchor; "//host" would leave the site.
    return /^(\/(?!\/)|\?|#)/.test(href) ? true : message
  }
  const url = parseAbsolute(href)
  if (!url || !linkSchemes.includes(url.protocol)) return message
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return message
  return true
}

const youTubeHosts = ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']
const vimeoHosts = ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']

/** The provider and video id of a YouTube or Vimeo URL, or undefined for anything else. */
export function parseVideoUrl(value: string): { provider: 'youtube' | 'vimeo'; id: string } | undefined {
  const url = parseAbsolute(value.trim())
  if (!url || url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  const host = url.hostname.toLowerCase()
  const segments = url.pathname.split('/').filter(Boolean)
  if (host === 'youtu.be' && segments[0]) return { provider: 'youtube', id: segments[0] }
  if (youTubeHosts.includes(host)) {
    const watchId = segments[0] === 'watch' ? url.searchParams.get('v') : undefined
    if (watchId) return { provider: 'youtube', id: watchId }
    if (segments[0] === 'embed' && segments[1]) return { provider: 'youtube', id: segments[1] }
    return undefined
  }
  if (vimeoHosts.includes(host)) {
    const id = segments.find((segment) => /^\d+$/.test(segment))
    return id ? { provider: 'vimeo', id } : undefined
  }
  return undefined
}

export function checkVideoUrl(value: string | undefined): true | string {
  if (!value) return true
  return parseVideoUrl(value)
    ? true
    : 'Paste a YouTube (youtube.com/watch?v=…, youtu.be/…, youtube.com/embed/…) or Vimeo (vimeo.com/…) video address'
}

/**
 * Sanity gives every rule on a `url` field a strict built-in `uri()` check (absolute http/https)
 * that reports next to ours with a vaguer message. `rule.uri(uriParsingOnly)` relaxes it to "parses
 * as a URL, no user:password@" and leaves the scheme policy to the checks above.
 */
export const uriParsingOnly = { scheme: [/^/], allowRelative: true }
