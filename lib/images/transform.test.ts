import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { editorShareImage } from './share'
import {
  AVIF_MAX_WIDTH,
  ImageParamError,
  parseImageRequest,
  planTransform,
  SERVED_WIDTHS,
  transformImage,
  transformKey,
  type SourceImage,
} from './transform'
import { croppedImageUrl, responsiveImage } from './urls'

// A real 2000x1000 PNG: left half red, right half blue.
const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#0000ff' } })
  .composite([{ input: { create: { width: 1000, height: 1000, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
  .png()
  .toBuffer()
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#0d6b63"/></svg>',
)

const ACCEPT = 'image/avif,image/webp,*/*'
const PNG_SOURCE: SourceImage = { extension: 'png', width: 2000, height: 1000 }
const SVG_SOURCE: SourceImage = { extension: 'svg', width: 1200, height: 675 }
const plan = (query: string, source = PNG_SOURCE, accept = ACCEPT) =>
  planTransform(source, parseImageRequest(new URLSearchParams(query)), accept)
const run = async (query: string, bytes = png, source = PNG_SOURCE, accept = ACCEPT) => {
  const planned = plan(query, source, accept)
  return planned && transformImage(bytes, planned)
}

describe('the local image service', () => {
  it('resizes to the width asked for, in WebP for a browser that takes it', async () => {
    const out = (await run('w=640&auto=format'))!
    expect(out.contentType).toBe('image/webp')
    expect(out.variesByAccept).toBe(true)
    expect(await sharp(out.body).metadata()).toMatchObject({ width: 640, height: 320, format: 'webp' })
    expect(out.body.length).toBeLessThan(png.length)
  })

  it('keeps the original format for a browser that takes no WebP', async () => {
    const out = (await run('w=640&auto=format', png, PNG_SOURCE, 'image/png,*/*'))!
    expect(out.contentType).toBe('image/png')
  })

  it("cuts the editor's crop out before resizing", async () => {
    // The right half only: every pixel blue.
    const out = (await run('rect=1000,0,1000,1000&w=128&fm=png'))!
    const { data, info } = await sharp(out.body).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([128, 128])
    expect([data[0], data[1], data[2]]).toEqual([0, 0, 255])
  })

  it('never enlarges, and fills a fixed box with fit=crop', async () => {
    expect(await sharp((await run('w=4000'))!.body).metadata()).toMatchObject({ width: 2000, height: 1000 })
    expect(await sharp((await run('w=1200&h=630&fit=crop&fm=jpg'))!.body).metadata()).toMatchObject({
      width: 1200,
      height: 630,
      format: 'jpeg',
    })
  })

  it('passes an SVG through, and rasterises it only when a format is asked for', async () => {
    expect(await run('w=480&auto=format', svg, SVG_SOURCE)).toBeNull()
    const out = (await run('w=640&fm=png', svg, SVG_SOURCE))!
    expect(await sharp(out.body).metadata()).toMatchObject({ width: 640, format: 'png' })
  })

  it('serves the original when nothing is asked for', async () => {
    expect(await run('')).toBeNull()
  })

  it('rejects values the image API would reject', () => {
    for (const query of ['w=abc', 'w=0', 'w=99999', 'rect=1,2,3', 'fm=bmp', 'fit=stretch', 'auto=compress']) {
      expect(() => parseImageRequest(new URLSearchParams(query)), query).toThrow(ImageParamError)
    }
  })
})

describe('the work one request can cause', () => {
  it('ignores parameters it does not know: the same variant under the same key', () => {
    const key = transformKey('a-2000x1000.png', plan('w=640&auto=format')!)
    for (const query of ['w=640&auto=format&x=1', 'utm_source=feed&w=640&auto=format', 'auto=format&w=640&q=5', 'w=640&auto=format&w=640'])
      expect(transformKey('a-2000x1000.png', plan(query)!), query).toBe(key)
    // Parameters that change the picture still change the key.
    expect(transformKey('a-2000x1000.png', plan('w=640&fm=png')!)).not.toBe(key)
    expect(transformKey('a-2000x1000.png', plan('w=640&auto=format', PNG_SOURCE, 'image/png')!)).not.toBe(key)
  })

  it('snaps a width up to the next one the site serves, never past the source', () => {
    expect(plan('w=700')!.width).toBe(828)
    expect(plan('w=1')!.width).toBe(SERVED_WIDTHS[0])
    expect(plan('w=1300')!.width).toBe(1600)
    // Past the largest served width, or past the source: the whole image.
    expect(plan('w=1999')!.width).toBe(2000)
    expect(plan('w=4000')!.width).toBe(2000)
    expect(plan('w=700&rect=0,0,500,500')!.width).toBe(500)
    // So a flood of widths makes at most one variant per served width, plus the source's own.
    const widths = new Set(Array.from({ length: 4096 }, (_, index) => plan(`w=${index + 1}`)!.width))
    expect(widths.size).toBeLessThanOrEqual(SERVED_WIDTHS.length + 1)
  })

  it('keeps the shape asked for when it snaps a fixed box', async () => {
    expect(plan('w=1000&h=500&fit=crop')).toMatchObject({ width: 1080, height: 540, fit: 'crop' })
    const out = (await run('w=1000&h=500&fit=crop&fm=jpg'))!
    expect(await sharp(out.body).metadata()).toMatchObject({ width: 1080, height: 540 })
  })

  it('encodes AVIF no wider than AVIF_MAX_WIDTH', async () => {
    expect(plan('w=2048&fm=avif')!.width).toBe(AVIF_MAX_WIDTH)
    expect(plan('fm=avif')!.width).toBe(AVIF_MAX_WIDTH)
    expect(plan('h=4000&fm=avif')!.height).toBeLessThanOrEqual(AVIF_MAX_WIDTH)
    const out = (await run('w=2048&fm=avif'))!
    expect(await sharp(out.body).metadata()).toMatchObject({ width: AVIF_MAX_WIDTH, format: 'heif' })
  })

  it("serves every URL the site's own pages build at the size the page declares", () => {
    const sourceOf = (url: string): SourceImage => {
      const [, width, height, extension] = /-(\d+)x(\d+)\.(\w+)$/.exec(new URL(url, 'http://site.invalid').pathname)!
      return { extension: extension!, width: Number(width), height: Number(height) }
    }
    const planned = (url: string) =>
      planTransform(sourceOf(url), parseImageRequest(new URL(url, 'http://site.invalid').searchParams), ACCEPT)!
    const crop = { left: 0.1, right: 0.05, top: 0.2, bottom: 0 }
    const hotspot = { x: 0.6, y: 0.5, width: 0.2, height: 0.2 }
    // Wide, tall, small and odd-sized originals, whole and cropped.
    for (const [width, height] of [
      [2400, 1350],
      [1000, 500],
      [800, 1400],
      [3000, 2000],
      [333, 777],
      [1917, 1079],
    ] as const) {
      for (const image of [
        { url: `/media/0a1b2c-${width}x${height}.jpg`, width, height },
        { url: `/media/0a1b2c-${width}x${height}.png`, width, height, crop, hotspot },
      ]) {
        const { srcSet, src } = responsiveImage(image)
        for (const entry of srcSet!.split(', ')) {
          const [url, descriptor] = entry.split(' ')
          expect(planned(url!).width, url).toBe(Number(descriptor!.slice(0, -1)))
        }
        expect(planned(src).width, src).toBe(Math.min(responsiveImage(image).width, 1280))
        expect(planned(croppedImageUrl(image)).width, 'the whole image').toBe(responsiveImage(image).width)
        const share = editorShareImage({ ...image, alt: '' })
        expect(planned(share.url), share.url).toMatchObject({ width: share.width, height: share.height })
      }
    }
  })
})
