import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { get, page, publicPosts, slugOf, type Doc } from '../support'

// The demo's one raster hero (scripts/demo/posts/vitamin-d-blood-test.ts): 2000x1125, cropped
// 10% from the left (a dark strip) and 8% from the bottom, hotspot on the capsule.
const CROPPED_SLUG = 'vitamin-d-blood-test'
const CROP_RECT = 'rect=200,0,1800,1035'
const WITH_SEO_IMAGE = 'vitamin-d3-and-k2-better-together'

const candidates = (img: Element) =>
  (img.getAttribute('srcset') ?? '')
    .split(', ')
    .filter(Boolean)
    .map((entry) => {
      const [url, width] = entry.split(' ')
      return { url: url!, width: Number(width!.replace('w', '')) }
    })

describe('images as the editor cropped them', () => {
  it('a cropped hero carries the crop in every URL, and reserves the cropped shape', async () => {
    const { document } = await page(`/blog/${CROPPED_SLUG}`)
    const hero = document.querySelector('.post-hero img')!
    expect(hero.getAttribute('src')).toContain(CROP_RECT)
    expect(candidates(hero).length).toBeGreaterThan(3)
    for (const { url } of candidates(hero)) expect(url).toContain(CROP_RECT)
    expect([hero.getAttribute('width'), hero.getAttribute('height')]).toEqual(['1800', '1035'])
    expect(hero.getAttribute('sizes')).toBe('(min-width: 60rem) 56rem, 100vw')
  })

  it('the same post on the home page (lead card) and the blog index is cropped too, centred on the hotspot', async () => {
    for (const pathname of ['/', '/blog']) {
      const { document } = await page(pathname)
      const link = document.querySelector(`.card-title a[href="/blog/${CROPPED_SLUG}"]`)!
      const img = link.closest('.card')!.querySelector('.card-image img')!
      expect(img.getAttribute('src'), pathname).toContain(CROP_RECT)
      // Hotspot x 0.68 within a crop starting at 0.1: (0.68 - 0.1) / 0.9.
      expect(img.getAttribute('style'), pathname).toContain('object-position:64.4% 45.7%')
    }
  })

  it('a phone gets a phone-sized, cropped image, not the 2,000 px original', async () => {
    const { document } = await page(`/blog/${CROPPED_SLUG}`)
    const hero = document.querySelector('.post-hero img')!
    const smallest = candidates(hero)[0]!
    expect(smallest.width).toBe(320)
    const response = await get(smallest.url, { headers: { accept: 'image/avif,image/webp,image/*' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(response.headers.get('vary')).toContain('Accept')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(await sharp(bytes).metadata()).toMatchObject({ width: 320, height: 184 })
    // The dark strip along the original's left edge is cut away: the left column is the light background.
    const { data } = await sharp(bytes).extract({ left: 0, top: 5, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[0]).toBeGreaterThan(0xe0)
    const original = await get(hero.getAttribute('src')!.split('?')[0]!)
    expect(bytes.length).toBeLessThan(Number(original.headers.get('content-length') ?? (await original.arrayBuffer()).byteLength))
  })

  it('passes SVG illustrations through as they are, with no srcset', async () => {
    const svgPost = publicPosts.find((doc: Doc) => slugOf(doc) === WITH_SEO_IMAGE)!
    const { document } = await page(`/blog/${slugOf(svgPost)}`)
    const hero = document.querySelector('.post-hero img')!
    expect(hero.getAttribute('src')).toMatch(/^\/media\/[a-f0-9]+-1200x675\.svg$/)
    expect(hero.hasAttribute('srcset')).toBe(false)
    const response = await get(hero.getAttribute('src')!)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
  })

  it('answers a malformed size with a 400, not an error page', async () => {
    const { document } = await page(`/blog/${CROPPED_SLUG}`)
    const file = document.querySelector('.post-hero img')!.getAttribute('src')!.split('?')[0]!
    for (const query of ['w=abc', 'w=999999', 'rect=1,2', 'fm=bmp']) {
      const response = await get(`${file}?${query}`)
      expect(response.status, query).toBe(400)
    }
  })
})

describe('share images', () => {
  const ogImage = (document: Document) => document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? ''

  it("a post's sharing image is its og:image, cut to 1200x630 as JPEG", async () => {
    const { document } = await page(`/blog/${WITH_SEO_IMAGE}`)
    const doc = publicPosts.find((post) => slugOf(post) === WITH_SEO_IMAGE)!
    const seoAsset = String((doc.seo as { image: { _sanityAsset: string } }).image._sanityAsset)
      .split('/')
      .pop()!
    const url = new URL(ogImage(document))
    expect(url.origin).toBe('https://cited.example')
    expect(url.pathname).toBe(`/media/${seoAsset}`)
    expect(document.querySelector('meta[property="og:image:width"]')?.getAttribute('content')).toBe('1200')
    expect(document.querySelector('meta[property="og:image:height"]')?.getAttribute('content')).toBe('630')
    expect(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toBeTruthy()
    const response = await get(url.pathname + url.search)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ width: 1200, height: 630 })
  })

  it('a post without one gets the generated card with its title', async () => {
    const { document } = await page(`/blog/${CROPPED_SLUG}`)
    const url = new URL(ogImage(document))
    expect(url.pathname).toBe(`/share-cards/post/${CROPPED_SLUG}`)
    const response = await get(url.pathname)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(await sharp(Buffer.from(await response.arrayBuffer())).metadata()).toMatchObject({ width: 1200, height: 630 })
  })

  it('home, index and category pages have a share image for their large card', async () => {
    for (const pathname of ['/', '/blog', '/blog/page/2', '/blog/category/news']) {
      const { document } = await page(pathname)
      expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), pathname).toBe('summary_large_image')
      const url = new URL(ogImage(document))
      const response = await get(url.pathname)
      expect(response.status, pathname).toBe(200)
      expect(response.headers.get('content-type'), pathname).toBe('image/png')
    }
    expect(new URL(ogImage((await page('/blog/category/news')).document)).pathname).toBe('/share-cards/category/news')
  })

  it('an unknown post or category has no card', async () => {
    expect((await get('/share-cards/post/no-such-post')).status).toBe(404)
    expect((await get('/share-cards/category/no-such-category')).status).toBe(404)
  })
})
