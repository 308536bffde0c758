import { parseAbsolute } from './links'

const youTubeHosts = ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']
const vimeoHosts = ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']
const VIDEO_ID = /^[\w-]+$/

/**
 * The provider and video id of a YouTube or Vimeo URL, or undefined for anything else. The
 * Studio validates with it and the site renders with it, so both agree on every address.
 */
export function parseVideoUrl(value: string): { provider: 'youtube' | 'vimeo'; id: string } | undefined {
  const url = parseAbsolute(value.trim())
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined
  const host = url.hostname.toLowerCase()
  const segments = url.pathname.split('/').filter(Boolean)
  const found = (provider: 'youtube' | 'vimeo', id: string | null | undefined) => (id && VIDEO_ID.test(id) ? { provider, id } : undefined)
  if (host === 'youtu.be') return found('youtube', segments[0])
  if (youTubeHosts.includes(host)) {
    if (segments[0] === 'watch') return found('youtube', url.searchParams.get('v'))
    if (segments[0] === 'embed') return found('youtube', segments[1])
    return undefined
  }
  if (vimeoHosts.includes(host))
    return found(
      'vimeo',
      segments.find((segment) => /^\d+$/.test(segment)),
    )
  return undefined
}

/** The privacy-friendly player for a body video: youtube-nocookie or Vimeo with do-not-track. */
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
  if (!video) return null
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
