/**
 * One raster "photograph" for the demo dataset, so the site's image pipeline (resizing, the
 * editor's crop and hotspot) has something to work on locally: every other demo picture is an
 * SVG, which is shown whole. Painted pixel by pixel from a palette and encoded as PNG with
 * fflate (pure JavaScript), so the bytes, and so the sha1 file name, are the same on every
 * machine and Node version.
 */
import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { zlibSync } from 'fflate'
import type { ImageAsset, Palette } from './artwork'

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

function encodePng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number]): Buffer {
  // Each row: filter type 1 ("Sub", the difference from the pixel to the left), then RGB.
  const raw = new Uint8Array(height * (1 + width * 3))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3)
    raw[row] = 1
    let previous: [number, number, number] = [0, 0, 0]
    for (let x = 0; x < width; x++) {
      const colour = pixel(x, y)
      for (let c = 0; c < 3; c++) raw[row + 1 + x * 3 + c] = (colour[c]! - previous[c]! + 256) & 0xff
      previous = colour
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ])
}

export interface PhotoSubject {
  /** Centre of the round subject, as fractions of the width and height. */
  x: number
  y: number
  /** Radius as a fraction of the height. */
  radius: number
}

/**
 * A sunlit shelf with a large amber capsule on it: flat bands of colour (posterised, so it
 * compresses to a few kilobytes) and, along the left edge, a dark strip an editor would crop off.
 */
export function photo(palette: Palette, subject: PhotoSubject, size = { width: 2000, height: 1125 }): ImageAsset {
  const [light, soft, strong, deep] = palette.map(rgb) as [
    ReturnType<typeof rgb>,
    ReturnType<typeof rgb>,
    ReturnType<typeof rgb>,
    ReturnType<typeof rgb>,
  ]
  const { width, height } = size
  const cx = subject.x * width
  const cy = subject.y * height
  const radius = subject.radius * height
  const shelf = Math.round(height * 0.72)
  const edge = Math.round(width * 0.1)
  const bytes = encodePng(width, height, (x, y) => {
    if (x < edge) return deep
    const d = Math.hypot(x - cx, y - cy)
    // A highlight up and to the left, where the window light falls.
    if (d < radius) return Math.hypot(x - (cx - radius * 0.38), y - (cy - radius * 0.38)) < radius * 0.2 ? light : strong
    if (y > shelf) return y > shelf + height * 0.04 ? soft : deep
    // Six bands from the window light down to the shelf.
    const band = Math.floor((y / shelf) * 6)
    return band % 2 === 0 ? light : soft
  })
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const fileName = `${sha1}-${width}x${height}.png`
  return { fileName, bytes, width, height, _sanityAsset: `image@file://./images/${fileName}` }
}
