import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '@/tests/support/render-html'
import { createDataLayer } from '@/lib/queries'
import type { PostPage } from '@/lib/queries/post'
import { PostArticle } from './PostArticle'

const site = { title: 'Cited', description: 'Evidence first.', isDemo: false }
const span = (text: string) => ({ _type: 'span', _key: text.slice(0, 8), text, marks: [] })

/**
 * The leanest post real content produces: a document with a title, slug, date and one line of
 * body, and nothing else in the dataset (no image, sources, categories, author or extras), made
 * into a page by the site's own query.
 */
async function barePost(overrides: Partial<PostPage['post']> = {}): Promise<PostPage> {
  const post = {
    _id: 'post-bare',
    _type: 'post',
    title: 'Bare',
    slug: { _type: 'slug', current: 'bare' },
    publishedAt: '2025-06-27T08:00:00Z',
    body: [{ _type: 'block', _key: 'p', style: 'normal', markDefs: [], children: [span('Only text.')] }],
  }
  const dataset = { documents: [post], assetFiles: new Map() }
  const page = (await createDataLayer({ source: { kind: 'local', dataset }, insideNext: false }).getPost('bare'))!
  return { ...page, post: { ...page.post, ...overrides } }
}

const render = (page: PostPage) => renderHtml(createElement(PostArticle, { page, site }))

describe('PostArticle with held-back content', () => {
  it('renders a post with no image, works cited, categories, author, disclaimer or related posts', async () => {
    const html = await render(await barePost())
    expect(html).toContain('<h1 id="post-title">Bare</h1>')
    expect(html).toContain('<p>Only text.</p>')
    for (const absent of [
      'post-hero',
      'works-cited',
      'class="tags"',
      'class="disclaimer"',
      'class="related"',
      'class="more-content"',
      'class="post-nav"',
      'class="toc"',
      'By ',
    ]) {
      expect(html, absent).not.toContain(absent)
    }
    expect(html).toContain('"author":{"@type":"Organization","name":"Cited"}')
    expect(html).toContain('"citation":[]')
  })

  it('keeps a very long title and non-Latin text intact', async () => {
    const title = `Natto (納豆) と ビタミンK2: ${'an extraordinarily-long-unbroken-compound-word-'.repeat(6)}`
    const html = await render(
      await barePost({ title, body: [{ _type: 'block', _key: 'h', style: 'h2', markDefs: [], children: [span('納豆の歴史')] }] }),
    )
    expect(html).toContain(`<h1 id="post-title">${title}</h1>`)
    expect(html).toContain('<h2 id="納豆の歴史" class="anchored">')
  })

  it('escapes content inside its JSON-LD', async () => {
    const html = await render(await barePost({ title: '</script><script>alert(1)</script>' }))
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('\\u003c/script\\u003e')
  })
})
