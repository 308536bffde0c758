/**
 * Play in place: a video's play control is a link to the video's own page (it works without
 * JavaScript, and opens a tab with a modifier key); this one inline script turns a plain click
 * into the provider's player in the link's place, so nothing from YouTube or Vimeo loads until the
 * reader asks. A dozen lines instead of a React component: with no client component on it, a video
 * post is sent without Next's runtime (lib/script-free-pages), like every other post.
 *
 * One listener on the document, so it also works for players added after it ran; every player
 * on a page carries the script, and a link already replaced (`isConnected`) is left alone by
 * the copies after the first. lib/security/headers.js, loaded by Node uncompiled (types
 * stripped), allows exactly this text by its hash.
 */
import { createHash } from 'node:crypto'

/** The attributes the script reads from the play link (components/rich-text/VideoPlayer.tsx sets them). */
export const PLAYER_SRC_ATTRIBUTE = 'data-player-src'
export const PLAYER_TITLE_ATTRIBUTE = 'data-player-title'

export const PLAY_IN_PLACE_SCRIPT = `document.addEventListener('click', function (event) {
  var link = event.target instanceof Element ? event.target.closest('a[${PLAYER_SRC_ATTRIBUTE}]') : null
  if (!link || !link.isConnected || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  var frame = document.createElement('iframe')
  frame.className = 'video-iframe'
  frame.src = link.getAttribute('${PLAYER_SRC_ATTRIBUTE}')
  frame.title = link.getAttribute('${PLAYER_TITLE_ATTRIBUTE}')
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen'
  frame.referrerPolicy = 'strict-origin-when-cross-origin'
  link.replaceWith(frame)
  frame.focus()
})`

/** The CSP source that lets exactly this script run, on pages with hashes and with a nonce alike. */
export const PLAY_IN_PLACE_HASH = `'sha256-${createHash('sha256').update(PLAY_IN_PLACE_SCRIPT, 'utf8').digest('base64')}'`
