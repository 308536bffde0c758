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
