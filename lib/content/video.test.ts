import { describe, expect, it } from 'vitest'
import { videoPlayer } from './video'

describe('videoPlayer', () => {
  it('embeds YouTube through youtube-nocookie', () => {
    expect(videoPlayer('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual({
      provider: 'youtube',
      providerName: 'YouTube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0',
      watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    })
    expect(videoPlayer('https://youtu.be/dQw4w9WgXcQ')?.embedUrl).toContain('youtube-nocookie.com/embed/dQw4w9WgXcQ')
  })

  it('embeds Vimeo with do-not-track', () => {
    expect(videoPlayer('https://vimeo.com/76979871')?.embedUrl).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1')
  })

  it('refuses other hosts and odd ids', () => {
    expect(videoPlayer('https://evil.example/watch?v=x')).toBeNull()
    expect(videoPlayer('https://www.youtube.com/watch?v=a"onload="x')).toBeNull()
    expect(videoPlayer('javascript:alert(1)')).toBeNull()
    expect(videoPlayer(undefined)).toBeNull()
  })
})
