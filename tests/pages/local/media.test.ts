import { readdirSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { get, page, publicPosts, slugOf } from '../support'

// Local dataset only: with a project, images are Sanity's CDN's business (cdn.sanity.io).
describe('the /media route', () => {
  it('serve local dataset images with long-lived caching', async () => {
    const { document } = await page(`/blog/${slugOf(publicPosts.find((post) => post.mainImage)!)}`)
    const src = document.querySelector('.post-hero img')!.getAttribute('src')!
    const response = await get(src)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
    expect(response.headers.get('cache-control')).toContain('immutable')
  })
})

describe('the work a /media request can cause', () => {
  // The demo's one raster original, 2000x1125.
  const png = readdirSync(path.join(process.cwd(), 'content/demo/images')).find((name) => name.endsWith('.png'))!
  const served = async (query: string, accept = 'image/webp,*/*') => {
    const response = await get(`/media/${png}?${query}`, { headers: { accept } })
    expect(response.status, query).toBe(200)
    return sharp(Buffer.from(await response.arrayBuffer())).metadata()
  }

  it('snaps a width the site never asks for up to one it does, and ignores unknown parameters', async () => {
    expect(await served('w=700&auto=format')).toMatchObject({ width: 828, format: 'webp' })
    expect(await served('w=701&auto=format&utm_source=x&q=3')).toMatchObject({ width: 828, format: 'webp' })
    expect(await served('w=1999&fm=jpg')).toMatchObject({ width: 2000, format: 'jpeg' })
  })

  it('encodes AVIF, which costs ~10x the CPU of WebP, no wider than 640 px', async () => {
    const started = performance.now()
    const avif = await served('w=2000&fm=avif')
    expect(avif.format).toBe('heif')
    expect(avif.width).toBeLessThanOrEqual(640)
    // The same variant again is a cache hit, whatever else the URL carries.
    const again = performance.now()
    await served('w=1900&fm=avif&cache-buster=1')
    expect(performance.now() - again).toBeLessThan((again - started) / 2)
  })
})
