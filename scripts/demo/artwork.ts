/**
 * Our own abstract SVG artwork for the demo dataset. Every picture is a pure function of its
 * motif, palette and a seed string, so regenerating gives identical bytes (and identical sha1
 * file names). No text in the pictures: the alt text lives on the document.
 */
import { createHash } from 'node:crypto'
import type { ExportedImageRef } from './portable-text'

export type Palette = readonly [light: string, soft: string, strong: string, deep: string]

export const PALETTES = {
  sun: ['#fff4d6', '#ffd58a', '#f29e4c', '#b5523b'],
  teal: ['#e6f4f1', '#9fd8cb', '#3a9e8f', '#1f5f5b'],
  berry: ['#fbeff2', '#f2b5c4', '#d45d79', '#6e2a4f'],
  indigo: ['#eef0fb', '#b7bff0', '#5b6bd6', '#2c3578'],
  leaf: ['#f1f7e9', '#c6e2a4', '#6fa84f', '#2f5d2a'],
  apricot: ['#fff1e6', '#ffc79a', '#f08a4b', '#8c3b1e'],
  slate: ['#f2f4f7', '#c9d1dc', '#6b7a90', '#2e3a4b'],
} as const satisfies Record<string, Palette>

export type Motif =
  'sunrise' | 'pair' | 'molecule' | 'pulse' | 'leaves' | 'capsules' | 'beans' | 'kernels' | 'pages' | 'columns' | 'screen' | 'droplets'

export type ImageAsset = ExportedImageRef & {
  fileName: string
  bytes: Buffer
  width: number
  height: number
}

/** Deterministic numbers in [0, 1) derived from a seed string (sha1 bytes, no RNG state). */
function variations(seed: string): (i: number) => number {
  const digest = createHash('sha1').update(seed).digest()
  return (i: number) => (digest[i % digest.length] as number) / 256
}

const r = (n: number) => Math.round(n)

function frame(width: number, height: number, palette: Palette, defs: string, body: string): string {
  const [light, soft] = palette
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${soft}"/></linearGradient>${defs}</defs>` +
    `<rect width="${width}" height="${height}" fill="url(#bg)"/>${body}</svg>\n`
  )
}

const glow = (id: string, inner: string, outer: string, outerOpacity = 1) =>
  `<radialGradient id="${id}"><stop offset="0" stop-color="${inner}"/>` +
  `<stop offset="1" stop-color="${outer}" stop-opacity="${outerOpacity}"/></radialGradient>`

type Draw = (p: Palette, v: (i: number) => number, w: number, h: number) => { defs?: string; body: string }

const MOTIFS: Record<Motif, Draw> = {
  sunrise: ([, soft, strong, deep], v, w, h) => {
    const cx = r(w * (0.3 + 0.4 * v(0)))
    const cy = r(h * 0.78)
    const rings = [1.25, 1.5, 1.8]
      .map(
        (k, i) =>
          `<circle cx="${cx}" cy="${cy}" r="${r(230 * k)}" fill="none" stroke="${strong}" stroke-opacity="${0.35 - i * 0.1}" stroke-width="6"/>`,
      )
      .join('')
    const waves = [0, 1, 2]
      .map((i) => {
        const y = r(h * 0.8 + i * 40)
        return `<path d="M0 ${y} Q${r(w * 0.25)} ${y - 50} ${r(w * 0.5)} ${y} T${w} ${y} V${h} H0Z" fill="${deep}" fill-opacity="${0.2 + i * 0.15}"/>`
      })
      .join('')
    return { defs: glow('sun', soft, strong), body: `<circle cx="${cx}" cy="${cy}" r="230" fill="url(#sun)"/>${rings}${waves}` }
  },
  pair: ([light, soft, strong, deep], v, w, h) => {
    const cy = r(h / 2)
    const left = r(w * 0.38)
    const right = r(w * 0.62)
    const dots = Array.from({ length: 14 }, (_, i) => {
      const t = i / 13
      const x = r(w * 0.08 + t * w * 0.84)
      const y = r(cy + Math.sin(t * Math.PI * 2 + v(1) * 6) * 170)
      return `<circle cx="${x}" cy="${y}" r="${r(6 + 10 * v(i + 2))}" fill="${deep}" fill-opacity="0.55"/>`
    }).join('')
    return {
      body:
        `<circle cx="${left}" cy="${cy}" r="220" fill="${soft}" fill-opacity="0.9"/>` +
        `<circle cx="${right}" cy="${cy}" r="220" fill="${strong}" fill-opacity="0.55"/>` +
        `<circle cx="${r(w / 2)}" cy="${cy}" r="70" fill="${light}" fill-opacity="0.8"/>${dots}`,
    }
  },
  molecule: ([, soft, strong, deep], v, w, h) => {
    const size = 70
    const hex = (cx: number, cy: number) =>
      Array.from({ length: 6 }, (_, k) => {
        const a = (Math.PI / 3) * k + Math.PI / 6
        return `${r(cx + size * Math.cos(a))},${r(cy + size * Math.sin(a))}`
      }).join(' ')
    const centres: Array<[number, number]> = []
    for (let row = 0; row < 3; row++) {
      for (let col = 0; col < 4; col++) {
        if (v(row * 4 + col) < 0.35) continue
        centres.push([r(w * 0.22 + col * size * 1.75 + (row % 2) * size * 0.87), r(h * 0.3 + row * size * 1.5)])
      }
    }
    const rings = centres
      .map(
        ([x, y], i) =>
          `<polygon points="${hex(x, y)}" fill="${i % 3 === 0 ? soft : 'none'}" stroke="${deep}" stroke-width="5" stroke-linejoin="round"/>`,
      )
      .join('')
    const nodes = centres.map(([x, y]) => `<circle cx="${x}" cy="${r(y - size)}" r="12" fill="${strong}"/>`).join('')
    return { body: `<circle cx="${r(w * 0.85)}" cy="${r(h * 0.2)}" r="180" fill="${soft}" fill-opacity="0.6"/>${rings}${nodes}` }
  },
  pulse: ([, soft, strong, deep], v, w, h) => {
    const mid = r(h * 0.55)
    const x0 = r(w * (0.3 + 0.2 * v(0)))
    const line = `M0 ${mid} H${x0} l30 -40 l40 150 l50 -260 l45 190 l30 -40 H${w}`
    return {
      defs: glow('halo', soft, soft, 0),
      body:
        `<circle cx="${r(w * 0.3)}" cy="${r(h * 0.35)}" r="260" fill="url(#halo)"/>` +
        `<circle cx="${r(w * 0.75)}" cy="${r(h * 0.65)}" r="200" fill="${strong}" fill-opacity="0.25"/>` +
        `<path d="${line}" fill="none" stroke="${deep}" stroke-width="12" stroke-linejoin="round" stroke-linecap="round"/>`,
    }
  },
  leaves: ([, soft, strong, deep], v, w, h) => {
    const leaf = 'M0 0 Q70 -90 0 -200 Q-70 -90 0 0Z'
    const items = Array.from({ length: 7 }, (_, i) => {
      const x = r(w * 0.15 + i * w * 0.12)
      const y = r(h * 0.85 - v(i) * 90)
      const angle = r(-40 + v(i + 7) * 80)
      const fill = [soft, strong, deep][i % 3]
      return `<path d="${leaf}" transform="translate(${x} ${y}) rotate(${angle}) scale(${(1 + v(i + 3)).toFixed(2)})" fill="${fill}" fill-opacity="0.85"/>`
    }).join('')
    return { body: `<circle cx="${r(w * 0.8)}" cy="${r(h * 0.25)}" r="120" fill="${soft}"/>${items}` }
  },
  capsules: ([light, soft, strong, deep], v, w, h) => {
    const items = Array.from({ length: 6 }, (_, i) => {
      const x = r(w * 0.12 + i * w * 0.14)
      const y = r(h * 0.3 + v(i) * h * 0.35)
      const angle = r(-60 + v(i + 6) * 120)
      const colour = i % 2 ? strong : deep
      return (
        `<g transform="translate(${x} ${y}) rotate(${angle})">` +
        `<rect x="-90" y="-36" width="180" height="72" rx="36" fill="${light}" stroke="${colour}" stroke-width="6"/>` +
        `<path d="M0 -36 H54 A36 36 0 0 1 54 36 H0Z" fill="${colour}"/></g>`
      )
    }).join('')
    return { body: `<circle cx="${r(w / 2)}" cy="${r(h / 2)}" r="300" fill="${soft}" fill-opacity="0.5"/>${items}` }
  },
  beans: ([light, soft, strong, deep], v, w, h) => {
    const cx = r(w / 2)
    const rim = r(h * 0.5)
    const beans = Array.from({ length: 24 }, (_, i) => {
      const x = r(cx - 260 + v(i) * 520)
      const y = r(rim - 10 - v(i + 1) * 70)
      return `<ellipse cx="${x}" cy="${y}" rx="30" ry="22" transform="rotate(${r(v(i + 2) * 180)} ${x} ${y})" fill="${i % 4 ? strong : soft}" stroke="${deep}" stroke-width="3"/>`
    }).join('')
    const strands = [0, 1, 2]
      .map(
        (i) =>
          `<path d="M${cx - 200 + i * 150} ${rim - 60} q40 -140 90 -40" fill="none" stroke="${light}" stroke-width="4" stroke-opacity="0.9"/>`,
      )
      .join('')
    return { body: `${beans}${strands}<path d="M${cx - 320} ${rim} H${cx + 320} A320 220 0 0 1 ${cx - 320} ${rim}Z" fill="${deep}"/>` }
  },
  kernels: ([light, soft, strong, deep], v, w, h) => {
    const kernel = 'M0 -60 C40 -60 52 10 0 70 C-52 10 -40 -60 0 -60Z'
    const items = Array.from({ length: 5 }, (_, i) => {
      const x = r(w * 0.12 + i * 110)
      const y = r(h * 0.55 + (v(i) - 0.5) * 160)
      return `<path d="${kernel}" transform="translate(${x} ${y}) rotate(${r(v(i + 5) * 90 - 45)})" fill="${strong}" stroke="${deep}" stroke-width="4"/>`
    }).join('')
    const tx = r(w * 0.72)
    const ty = r(h * 0.5)
    const triangle = `<path d="M${tx} ${ty - 190} L${tx + 210} ${ty + 170} H${tx - 210}Z" fill="${light}" stroke="${deep}" stroke-width="22" stroke-linejoin="round"/>`
    const mark = `<rect x="${tx - 14}" y="${ty - 80}" width="28" height="150" rx="14" fill="${deep}"/><circle cx="${tx}" cy="${ty + 115}" r="18" fill="${deep}"/>`
    return { body: `<circle cx="${r(w * 0.25)}" cy="${r(h * 0.5)}" r="250" fill="${soft}" fill-opacity="0.7"/>${items}${triangle}${mark}` }
  },
  pages: ([light, soft, strong, deep], v, w, h) => {
    const cards = [0, 1, 2]
      .map((i) => {
        const x = r(w * 0.2 + i * 70)
        const y = r(h * 0.18 + i * 40)
        const lines = [0, 1, 2, 3, 4]
          .map(
            (k) =>
              `<rect x="${x + 40}" y="${y + 60 + k * 50}" width="${r(260 + v(i * 5 + k) * 180)}" height="14" rx="7" fill="${k === 0 ? strong : soft}"/>`,
          )
          .join('')
        return `<rect x="${x}" y="${y}" width="520" height="360" rx="24" fill="${light}" stroke="${deep}" stroke-opacity="0.25" stroke-width="4"/>${lines}`
      })
      .join('')
    const link = `<g fill="none" stroke="${deep}" stroke-width="14"><rect x="${r(w * 0.72)}" y="${r(h * 0.55)}" width="140" height="70" rx="35"/><rect x="${r(w * 0.72) + 90}" y="${r(h * 0.55)}" width="140" height="70" rx="35"/></g>`
    return { body: cards + link }
  },
  columns: ([light, soft, strong, deep], v, w, h) => {
    const base = r(h * 0.85)
    const cols = Array.from({ length: 8 }, (_, i) => {
      const height = r(160 + v(i) * 280)
      const x = r(w * 0.1 + i * w * 0.1)
      return `<rect x="${x}" y="${base - height}" width="70" height="${height}" rx="35" fill="${i % 2 ? strong : deep}" fill-opacity="0.85"/><circle cx="${x + 35}" cy="${base - height - 30}" r="16" fill="${soft}"/>`
    }).join('')
    return { body: `<rect x="0" y="${base}" width="${w}" height="${h - base}" fill="${light}"/>${cols}` }
  },
  screen: ([light, soft, strong, deep], v, w, h) => {
    const x = r(w * 0.2)
    const y = r(h * 0.16)
    const sw = r(w * 0.6)
    const sh = r(h * 0.6)
    const cx = x + sw / 2
    const cy = y + sh / 2
    return {
      body:
        `<circle cx="${r(w * (0.1 + 0.2 * v(0)))}" cy="${r(h * 0.8)}" r="160" fill="${soft}"/>` +
        `<rect x="${x}" y="${y}" width="${sw}" height="${sh}" rx="28" fill="${deep}"/>` +
        `<rect x="${x + 20}" y="${y + 20}" width="${sw - 40}" height="${sh - 40}" rx="16" fill="${strong}"/>` +
        `<circle cx="${r(cx)}" cy="${r(cy)}" r="80" fill="${light}"/>` +
        `<path d="M${r(cx - 25)} ${r(cy - 40)} L${r(cx + 45)} ${r(cy)} L${r(cx - 25)} ${r(cy + 40)}Z" fill="${deep}"/>` +
        `<rect x="${x}" y="${y + sh + 30}" width="${sw}" height="14" rx="7" fill="${deep}" fill-opacity="0.3"/>`,
    }
  },
  droplets: ([, soft, strong, deep], v, w, h) => {
    const drop = 'M0 -90 C40 -30 60 0 60 30 A60 60 0 0 1 -60 30 C-60 0 -40 -30 0 -90Z'
    const items = Array.from({ length: 6 }, (_, i) => {
      const x = r(w * 0.12 + i * w * 0.15)
      const y = r(h * 0.45 + (v(i) - 0.5) * 220)
      const s = (0.7 + v(i + 6) * 0.8).toFixed(2)
      return `<path d="${drop}" transform="translate(${x} ${y}) scale(${s})" fill="${i % 2 ? strong : deep}" fill-opacity="0.8"/>`
    }).join('')
    return { body: `<path d="M0 ${r(h * 0.8)} Q${r(w / 2)} ${r(h * 0.6)} ${w} ${r(h * 0.8)} V${h} H0Z" fill="${soft}"/>${items}` }
  },
}

/** Wraps SVG text as an exported image asset named `<sha1>-<w>x<h>.svg`. */
export function svgAsset(svg: string): ImageAsset {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg)
  if (!size) throw new Error('SVG root needs numeric width and height')
  const width = Number(size[1])
  const height = Number(size[2])
  const bytes = Buffer.from(svg, 'utf8')
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const fileName = `${sha1}-${width}x${height}.svg`
  return { fileName, bytes, width, height, _sanityAsset: `image@file://./images/${fileName}` }
}

export function artwork(
  motif: Motif,
  palette: Palette,
  seed: string,
  size: { width: number; height: number } = { width: 1200, height: 675 },
): ImageAsset {
  const { defs = '', body } = MOTIFS[motif](palette, variations(seed), size.width, size.height)
  return svgAsset(frame(size.width, size.height, palette, defs, body))
}

/** A faceless head-and-shoulders portrait, 400×400. */
export function portrait(palette: Palette): ImageAsset {
  const [, soft, strong, deep] = palette
  const body =
    `<circle cx="200" cy="200" r="190" fill="${soft}"/>` +
    `<circle cx="200" cy="160" r="72" fill="${strong}"/>` +
    `<path d="M70 360 C80 270 140 240 200 240 C260 240 320 270 330 360 A190 190 0 0 1 70 360Z" fill="${deep}"/>`
  return svgAsset(frame(400, 400, palette, '', body))
}
