import { afterAll, describe, expect, it } from 'vitest'
import { get, page, publicPosts, slugOf } from '../support'
import { POSTS_PER_PAGE } from '@/lib/queries/post-lists'
import { editorClient, sendWebhook } from './lake'

const post = [...publicPosts].sort((a, b) => String(a.publishedAt).localeCompare(String(b.publishedAt)))[0]!
const postPath = `/blog/${slugOf(post)}`
/** The oldest post is listed on the last index page. */
const lastIndexPage = `/blog/page/${Math.ceil(publicPosts.length / POSTS_PER_PAGE)}`

const titleOf = async (pathname: string) => (await page(pathname)).document.querySelector('h1')?.textContent

describe('publishing in the Content Lake, then the webhook', () => {
  afterAll(async () => {
    await editorClient().patch(post._id).set({ title: post.title }).commit()
    await sendWebhook({ _id: post._id, _type: 'post', slug: slugOf(post) })
  })

  it('the cached page keeps its content until the webhook; the next request after it shows the edit', async () => {
    // From a known state, also when a reused build's cache holds an earlier run's edit.
    await sendWebhook({ _id: post._id, _type: 'post', slug: slugOf(post) })
    expect(await titleOf(postPath)).toBe(post.title)
    const edited = `${String(post.title)} (updated)`
    await editorClient().patch(post._id).set({ title: edited }).commit()
    // Published in the lake, but pages are cached until the webhook says so.
    expect(await titleOf(postPath)).toBe(post.title)

    await sendWebhook({ _id: post._id, _type: 'post', slug: slugOf(post) })
    expect(await titleOf(postPath)).toBe(edited)
    // The index page that lists it is refreshed too.
    expect((await page(lastIndexPage)).html).toContain(edited)
  }, 60_000)

  it('a redirect page drawn again after the webhook sends its Location once', async () => {
    // /blog/page/1 redirects to /blog; the webhook expires the lists, so this request renders it.
    await sendWebhook({ _id: post._id, _type: 'post', slug: slugOf(post) })
    for (const cache of ['rendered', 'cached']) {
      const response = await get('/blog/page/1')
      expect(response.status, cache).toBe(308)
      expect(response.headers.get('location'), cache).toBe('/blog')
    }
  })
})
