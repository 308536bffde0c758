import { describe, expect, it } from 'vitest'
import { absoluteUrl, responsiveImage } from './images'

const cdn = 'https://cdn.sanity.io/images/abc123/production/0a1b-2400x1350.jpg'

describe('responsiveImage', () => {
  it('builds a srcset of CDN widths no larger than the original', () => {
    const image = responsiveImage(cdn, 1000)
    expect(image.src).toBe(`${cdn}?w=1000&auto=format`)
    expect(image.srcSet).toBe(
      [480, 720, 960, 1000].map((w) => `${cdn}?w=${w}&auto=format ${w}w`).join(', '),
    )
  })

  it('leaves local images alone', () => {
    expect(responsiveImage('/media/0a1b-1600x900.jpg', 1600)).toEqual({ src: '/media/0a1b-1600x900.jpg' })
    expect(responsiveImage('https://cdn.sanity.io.evil.example/x.jpg', 1600)).toEqual({ src: 'https://cdn.sanity.io.evil.example/x.jpg' })
  })
})

describe('absoluteUrl', () => {
  it('resolves site paths against the site URL and keeps absolute ones', () => {
    expect(absoluteUrl('/media/a.jpg', 'https://example.com')).toBe('https://example.com/media/a.jpg')
    expect(absoluteUrl(cdn, 'https://example.com')).toBe(cdn)
  })
})
