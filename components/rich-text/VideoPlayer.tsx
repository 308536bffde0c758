'use client'

import { useState } from 'react'

/**
 * The only client code on a post page: a play button that swaps in the provider's iframe, so
 * nothing from YouTube or Vimeo loads until the reader asks for it. The button disappears on
 * play, so focus moves to the player instead of falling back to the top of the page.
 */
export function VideoPlayer({ embedUrl, title, providerName }: { embedUrl: string; title: string; providerName: string }) {
  const [playing, setPlaying] = useState(false)
  if (playing) {
    return (
      <iframe
        ref={(frame) => frame?.focus()}
        className="video-iframe"
        src={embedUrl}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    )
  }
  return (
    <button type="button" className="video-play" onClick={() => setPlaying(true)}>
      <svg aria-hidden="true" viewBox="0 0 64 64" width="64" height="64">
        <circle cx="32" cy="32" r="31" />
        <path d="M26 20v24l19-12z" />
      </svg>
      <span className="video-play-label">
        Play video<span className="visually-hidden">: {title}</span>
      </span>
      <span className="video-play-note">Loads the {providerName} player</span>
    </button>
  )
}
