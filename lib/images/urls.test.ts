import { describe, expect, it } from 'vitest'
import { absoluteUrl, croppedSize, imageUrl, objectPosition, responsiveImage, SRCSET_WIDTHS } from './urls'

const cdnUrl = 'https://cdn.sanity.io/images/abc123/production/0a1b2c-2400x1350.jpg'
const cdn = { url: cdnUrl, width: 2400, height: 1350 }
const local = { url: '/media/0a1b2c-2000x1125.png', width: 2000, height: 1125 }
// The editor cut 10% off the left and 20% off the top, and marked a point right of centre.
const crop = { left: 0.1, right: 0, top: 0.2, bottom: 0 }
const hotspot = { x: 0.7, y: 0.6, width: 0.2, height: 0.2 }

const params = (url: string) => Object.fromEntries(new URL(url, 'http://site.invalid').searchParams)

describe('imageUrl', () => {
  it('asks the Content Lake CDN for a width in the best format the browser takes', () => {
    const url = imageUrl(cdn, { width: 640 })
    expect(url.startsWith('https://cdn.sanity.io/images/abc123/production/0a1b2c-2400x1350.jpg?')).toBe(true)
    expect(params(url)).toEqual({ w: '640', auto: 'format' })
  })

  it("applies the editor's crop as a pixel rect of the original", () => {
    expect(params(imageUrl({ ...cdn, crop }, { width: 640 }))).toEqual({ rect: '240,270,2160,1080', w: '640', auto: 'format' })
  })

  it('cuts a fixed aspect ratio around the hotspot', () => {
    // 1200x630 out of the 2400x1350 original: full height is too tall, so a 1.9:1 band is
    // taken and centred on the hotspot's y (810 px), which would run past the bottom edge, so
    // it ends there: top = 1350 - 1260.
    const url = imageUrl({ ...cdn, hotspot }, { width: 1200, height: 630, format: 'jpg' })
    expect(params(url)).toEqual({ rect: '0,90,2400,1260', w: '1200', h: '630', fm: 'jpg', fit: 'crop' })
  })

  it('gives local dataset images the same parameters on /media', () => {
    const url = imageUrl({ ...local, crop }, { width: 480 })
    expect(url).toBe('/media/0a1b2c-2000x1125.png?rect=200,225,1800,900&w=480&auto=format')
  })

  it('returns SVGs and unknown URLs as they are, unless a raster format is asked for', () => {
    const svg = { url: '/media/0a1b2c-1200x675.svg', width: 1200, height: 675, crop }
    expect(imageUrl(svg, { width: 480 })).toBe(svg.url)
    expect(params(imageUrl(svg, { width: 1200, height: 630, format: 'png' }))).toMatchObject({ w: '1200', h: '630', fm: 'png' })
    expect(imageUrl({ url: 'https://cdn.sanity.io.evil.example/images/a/b/0a-1x1.jpg', width: 1, height: 1 }, { width: 1 })).toBe(
      'https://cdn.sanity.io.evil.example/images/a/b/0a-1x1.jpg',
    )
  })
})

describe('responsiveImage', () => {
  it('offers widths up to the original and no larger, the original last', () => {
    const image = responsiveImage({ url: '/media/0a1b2c-1000x500.png', width: 1000, height: 500 })
    const candidates = image.srcSet!.split(', ').map((entry) => entry.split(' '))
    expect(candidates.map(([, w]) => w)).toEqual(['320w', '480w', '640w', '828w', '1000w'])
    for (const [url, w] of candidates) expect(params(url!).w).toBe(w!.slice(0, -1))
    expect(params(image.src).w).toBe('1000')
    expect({ width: image.width, height: image.height }).toEqual({ width: 1000, height: 500 })
  })

  it('stops at the largest width offered for very large originals', () => {
    const image = responsiveImage({ ...cdn, width: 6000, height: 4000 })
    expect(image.srcSet!.split(', ').map((entry) => entry.split(' ')[1])).toEqual(SRCSET_WIDTHS.map((w) => `${w}w`))
    expect(params(image.src).w).toBe('1280')
  })

  it('reserves the cropped shape, and every candidate carries the crop', () => {
    const image = responsiveImage({ ...local, crop })
    expect({ width: image.width, height: image.height }).toEqual({ width: 1800, height: 900 })
    for (const entry of image.srcSet!.split(', ')) expect(params(entry.split(' ')[0]!).rect).toBe('200,225,1800,900')
  })

  it('gives an SVG no srcset: it scales by itself', () => {
    expect(responsiveImage({ url: '/media/0a-1200x675.svg', width: 1200, height: 675, crop })).toEqual({
      src: '/media/0a-1200x675.svg',
      width: 1200,
      height: 675,
    })
  })
})

describe('croppedSize and objectPosition', () => {
  it('measures the crop like the URL builder does', () => {
    expect(croppedSize({ ...cdn, crop: { left: 0.25, right: 0.25, top: 0, bottom: 0.5 } })).toEqual({ width: 1200, height: 675 })
    expect(croppedSize(cdn)).toEqual({ width: 2400, height: 1350 })
  })

  it('centres a cut box on the hotspot, measured inside the crop', () => {
    expect(objectPosition({ ...cdn, hotspot })).toBe('70% 60%')
    // x: (0.7 - 0.1) / 0.9, y: (0.6 - 0.2) / 0.8
    expect(objectPosition({ ...cdn, crop, hotspot })).toBe('66.7% 50%')
    expect(objectPosition(cdn)).toBeUndefined()
  })
})

describe('absoluteUrl', () => {
  it('resolves site paths against the site URL and keeps absolute ones', () => {
    expect(absoluteUrl('/media/a.jpg', 'https://example.com')).toBe('https://example.com/media/a.jpg')
    expect(absoluteUrl(cdnUrl, 'https://example.com')).toBe(cdnUrl)
  })
})
