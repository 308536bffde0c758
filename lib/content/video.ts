import { parseVideoUrl } from '@/sanity/lib/urls'

/**
 * The privacy-friendly player for a body video: youtube-nocookie or Vimeo with do-not-track.
 * The URL is parsed with the same function the Studio validates with.
 */
export interface VideoPlayer {
  provider: 'youtube' | 'vimeo'
  providerName: string
  embedUrl: string
  /** The video's own page, for readers without JavaScript. */
  watchUrl: string
}

export function videoPlayer(url: unknown): VideoPlayer | null {
  if (typeof url !== 'string') return null
  const video = parseVideoUrl(url)
  if (!video || !/^[\w-]+$/.test(video.id)) return null
  const id = encodeURIComponent(video.id)
  return video.provider === 'youtube'
    ? {
        provider: 'youtube',
        providerName: 'YouTube',
        embedUrl: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
        watchUrl: `https://www.youtube.com/watch?v=${id}`,
      }
    : {
        provider: 'vimeo',
        providerName: 'Vimeo',
        embedUrl: `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
        watchUrl: `https://vimeo.com/${id}`,
      }
}
