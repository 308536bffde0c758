import { safeHref, safeSourceUrl } from '../../lib/content/links'
import { parseVideoUrl } from '../../lib/content/video'

/**
 * Which URLs an editor may enter. The site refuses anything else when rendering, so catching it
 * here tells the editor at the moment they can fix it.
 */

// The site's own policy decides: whatever an editor may save, readers can click, and nothing else.

/** Works-cited URLs: absolute http(s) addresses; a `#:~:text=` fragment is fine. */
export function checkSourceUrl(value: string | undefined): true | string {
  if (!value || safeSourceUrl(value)) return true
  return 'Use the full web address of the source, starting with https:// or http://'
}

/** An author's profile links (`sameAs`): absolute http(s) addresses. */
export function checkProfileUrl(value: string | undefined): true | string {
  if (!value || safeSourceUrl(value)) return true
  return 'Use the full address of the profile page, starting with https:// or http://'
}

/** Body and disclaimer links: http, https, mailto, tel, or a path on this site. */
export function checkLinkHref(value: string | undefined): true | string {
  if (!value || safeHref(value)) return true
  return 'Links may point to https://, http://, mailto: or tel: addresses, or to a page on this site starting with /'
}

export function checkVideoUrl(value: string | undefined): true | string {
  if (!value || parseVideoUrl(value)) return true
  return 'Paste a YouTube (youtube.com/watch?v=…, youtu.be/…, youtube.com/embed/…) or Vimeo (vimeo.com/…) video address'
}

/**
 * Sanity gives every rule on a `url` field a strict built-in `uri()` check (absolute http/https)
 * that reports next to ours with a vaguer message. `rule.uri(uriParsingOnly)` relaxes it to "parses
 * as a URL, no user:password@" and leaves the scheme policy to the checks above.
 */
export const uriParsingOnly = { scheme: [/^/], allowRelative: true }
