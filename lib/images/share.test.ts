import { describe, expect, it } from 'vitest'
import { editorShareImage, postShareCard } from './share'

const params = (url: string) => Object.fromEntries(new URL(url, 'http://site.invalid').searchParams)

describe('editorShareImage', () => {
  it('cuts the sharing image to 1200x630 JPEG around its hotspot', () => {
    const image = editorShareImage({
      url: 'https://cdn.sanity.io/images/abc123/production/0a1b2c-3000x2000.jpg',
      width: 3000,
      height: 2000,
      hotspot: { x: 0.5, y: 0.2, width: 0.1, height: 0.1 },
      alt: 'A bowl of natto',
    })
    expect(image).toMatchObject({ width: 1200, height: 630, alt: 'A bowl of natto' })
    // A 3000x1575 band, centred on y = 400 but kept inside the image: it starts at the top.
    expect(params(image.url)).toEqual({ rect: '0,0,3000,1575', w: '1200', h: '630', fit: 'crop', fm: 'jpg' })
  })

  it('does not promise more pixels than a small original has', () => {
    const image = editorShareImage({ url: '/media/0a1b2c-800x800.png', width: 800, height: 800, alt: 'x' })
    expect([image.width, image.height]).toEqual([800, 420])
    expect(params(image.url)).toMatchObject({ w: '800', h: '420', fm: 'jpg' })
  })

  it('rasterises an SVG sharing image, which crawlers do not show', () => {
    expect(params(editorShareImage({ url: '/media/0a1b2c-1200x675.svg', width: 1200, height: 675, alt: 'x' }).url)).toMatchObject({
      fm: 'jpg',
    })
  })
})

describe('generated cards', () => {
  it('escape the slug into the card path', () => {
    expect(postShareCard('a b/c').url).toBe('/share-cards/post/a%20b%2Fc')
  })
})
