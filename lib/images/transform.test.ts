import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { ImageParamError, parseImageRequest, transformImage } from './transform'

// A real 2000x1000 PNG: left half red, right half blue.
const png = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#0000ff' } })
  .composite([{ input: { create: { width: 1000, height: 1000, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
  .png()
  .toBuffer()
const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#0d6b63"/></svg>',
)

const run = (query: string, bytes = png, extension = 'png', accept = 'image/avif,image/webp,*/*') =>
  transformImage(bytes, extension, parseImageRequest(new URLSearchParams(query)), accept)

describe('the local image service', () => {
  it('resizes to the width asked for, in WebP for a browser that takes it', async () => {
    const out = (await run('w=640&auto=format'))!
    expect(out.contentType).toBe('image/webp')
    expect(out.variesByAccept).toBe(true)
    expect(await sharp(out.body).metadata()).toMatchObject({ width: 640, height: 320, format: 'webp' })
    expect(out.body.length).toBeLessThan(png.length)
  })

  it('keeps the original format for a browser that takes no WebP', async () => {
    const out = (await run('w=640&auto=format', png, 'png', 'image/png,*/*'))!
    expect(out.contentType).toBe('image/png')
  })

  it("cuts the editor's crop out before resizing", async () => {
    // The right half only: every pixel blue.
    const out = (await run('rect=1000,0,1000,1000&w=100&fm=png'))!
    const { data, info } = await sharp(out.body).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([100, 100])
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
    expect(await run('w=480&auto=format', svg, 'svg')).toBeNull()
    const out = (await run('w=600&fm=png', svg, 'svg'))!
    expect(await sharp(out.body).metadata()).toMatchObject({ width: 600, format: 'png' })
  })

  it('serves the original when nothing is asked for', async () => {
    expect(await run('')).toBeNull()
  })

  it('rejects values the image API would reject', () => {
    for (const query of ['w=abc', 'w=0', 'w=99999', 'rect=1,2,3', 'fm=bmp', 'fit=stretch', 'auto=compress', 'q=101']) {
      expect(() => parseImageRequest(new URLSearchParams(query)), query).toThrow(ImageParamError)
    }
  })
})
