'use client'

import { useState } from 'react'

/**
 * The only client code on a post page: a play control that swaps in the provider's iframe, so
 * nothing from YouTube or Vimeo loads until the reader asks for it. The control is a link to the
 * video's own page, so it plays there without JavaScript (or in a new tab with a modifier key).
 * It disappears on play, so focus moves to the player instead of falling back to the top.
 */
export function VideoPlayer({
  embedUrl,
  watchUrl,
  title,
  providerName,
}: {
  embedUrl: string
  watchUrl: string
  title: string
  providerName: string
}) {
  const [playing, setPlaying] = useState(false)
  if (playing) {
    return (
      <iframe
        ref={(frame) => frame?.focus()}
        className="video-iframe"
        src={embedUrl}
        title={title}
        // `fullscreen` in `allow` is the current form; adding allowFullScreen too makes Chromium warn.
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    )
  }
  return (
    <a
      href={watchUrl}
      rel="noopener noreferrer"
      className="video-play"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
        event.preventDefault()
        setPlaying(true)
      }}
    >
      <svg aria-hidden="true" viewBox="0 0 64 64" width="64" height="64">
        <circle cx="32" cy="32" r="31" />
        <path d="M26 20v24l19-12z" />
      </svg>
      <span className="video-play-label">
        Play video<span className="visually-hidden">: {title}</span>
      </span>
      <span className="video-play-note">Loads the {providerName} player</span>
    </a>
  )
}
