import { PLAY_IN_PLACE_SCRIPT, PLAYER_SRC_ATTRIBUTE, PLAYER_TITLE_ATTRIBUTE } from '@/lib/video-player/play-in-place'

/**
 * A video's play control: a link to the video's own page, which the inline script
 * (lib/video-player/play-in-place) swaps for the provider's player on a plain click. No client
 * component, so the post stays free of Next's runtime; the iframe takes focus, so a keyboard
 * reader lands on the player instead of the top of the page.
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
  return (
    <>
      <a
        href={watchUrl}
        rel="noopener noreferrer"
        className="video-play"
        {...{ [PLAYER_SRC_ATTRIBUTE]: embedUrl, [PLAYER_TITLE_ATTRIBUTE]: title }}
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
      <script dangerouslySetInnerHTML={{ __html: PLAY_IN_PLACE_SCRIPT }} />
    </>
  )
}
