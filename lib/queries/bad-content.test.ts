import { createElement } from 'react'
import { JSDOM } from 'jsdom'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
// Next's own sitemap serializer: what /sitemap.xml sends is exactly this string.
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data'
import { PostArticle } from '@/components/post/PostArticle'
import { sitemapEntries } from '@/lib/content/sitemap'
import { renderHtml } from '@/tests/support/render-html'
import { loadDatasetFile, type SanityDocument } from '../source/dataset-file'
import { DEMO_DATASET_PATH } from '../source/local'
import { createDataLayer, type DataLayer } from '.'

/**
 * Content no editor meant, run through the real GROQ (groq-js) and the site's own page functions:
 * each bad document or part costs only itself, with a log line, never the page or the list.
 */
let documents: SanityDocument[]
let logs: string[]
beforeAll(async () => {
  documents = (await loadDatasetFile(DEMO_DATASET_PATH)).documents
})
beforeEach(() => {
  logs = []
  const capture = (...args: unknown[]) => void logs.push(args.map(String).join(' '))
  vi.spyOn(console, 'warn').mockImplementation(capture)
  vi.spyOn(console, 'error').mockImplementation(capture)
})
afterEach(() => vi.restoreAllMocks())

const SITE = 'https://cited.example'
const publicPosts = () => documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
const slugOf = (doc: SanityDocument) => (doc.slug as { current: string }).current

/** The demo dataset with some documents added or replaced (same _id). */
function layerWith(changed: SanityDocument[]): DataLayer {
  const ids = new Set(changed.map((doc) => doc._id))
  const dataset = { documents: [...documents.filter((doc) => !ids.has(doc._id)), ...changed], assetFiles: new Map() }
  return createDataLayer({ source: { kind: 'local', dataset }, insideNext: false })
}

/** A copy of the newest demo post under another id, with `changes` applied. */
function postWith(id: string, changes: Record<string, unknown>): SanityDocument {
  const newest = [...publicPosts()].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
  return { ...newest, _id: id, ...changes }
}

async function sitemapXml(layer: DataLayer) {
  const [index, categories] = await Promise.all([layer.getPublicIndex(), layer.getAllCategories()])
  return resolveSitemap(sitemapEntries(SITE, index, categories))
}

function locsOf(xml: string): string[] {
  const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document
  expect(document.querySelector('parsererror'), 'well-formed XML').toBeNull()
  return [...document.querySelectorAll('url > loc')].map((loc) => loc.textContent ?? '')
}

const BAD_SLUGS = [
  '.',
  '..',
  'with space',
  'salt&pepper',
  'a<b',
  'why?',
  'part#2',
  'vitamín-d',
  '../studio',
  'x</loc></url><url><loc>https://evil.example/',
  'a'.repeat(97),
]

describe('a slug that breaks the slug rule', () => {
  const badPosts = () =>
    BAD_SLUGS.map((slug, index) =>
      // Older than every demo post: a list page still shows what GROQ ordered for it, less the post left out.
      postWith(`post-bad-slug-${index}`, {
        slug: { _type: 'slug', current: slug },
        title: `Bad ${index}`,
        publishedAt: '2001-01-01T00:00:00Z',
      }),
    )

  it('leaves the post out of every list, the feed, the sitemap and the static params, with a logged reason', async () => {
    const layer = layerWith(badPosts())
    const goodSlugs = publicPosts().map(slugOf)
    const pages = await Promise.all([1, 2, 3].map((n) => layer.getPostList(n)))
    const listed = pages.flatMap((list) => list?.posts.map((card) => card.slug) ?? [])
    expect(listed.sort()).toEqual([...goodSlugs].sort())
    expect((await layer.getHomePage()).latest.every((card) => goodSlugs.includes(card.slug))).toBe(true)
    expect((await layer.getFeed()).map((item) => item.slug).sort()).toEqual([...goodSlugs].sort())
    expect((await layer.postStaticParams()).map((params) => params.slug).sort()).toEqual([...goodSlugs].sort())
    const locs = locsOf(await sitemapXml(layer))
    expect(locs.every((loc) => loc.startsWith(`${SITE}/`))).toBe(true)
    expect(locs.filter((loc) => loc.startsWith(`${SITE}/blog/`) && !loc.includes('/page/') && !loc.includes('/category/')).sort()).toEqual(
      goodSlugs.map((slug) => `${SITE}/blog/${slug}`).sort(),
    )
    expect(logs.join('\n')).toMatch(/left out a malformed post: slug breaks the slug rule: .* at slug \(`npm run content:check`/)
  })

  it('answers its own address as not found, without running a query', async () => {
    const layer = layerWith(badPosts())
    const fetch = vi.spyOn(layer.reader, 'fetchContent')
    for (const slug of BAD_SLUGS) expect(await layer.getPost(slug), slug).toBeNull()
    expect(await layer.getCategoryPage('a&b')).toBeNull()
    expect(await layer.getAuthorPage('..')).toBeNull()
    expect(fetch).not.toHaveBeenCalled()
  })

  it('leaves a category or author with such a slug out of the navigation and the sitemap', async () => {
    const category = documents.find((doc) => doc._type === 'category')!
    const author = documents.find((doc) => doc._type === 'author')!
    const layer = layerWith([
      { ...category, slug: { _type: 'slug', current: 'News & views' } },
      { ...author, slug: { _type: 'slug', current: '../studio' } },
    ])
    expect((await layer.getAllCategories()).map((item) => item.slug)).not.toContain('News & views')
    expect((await layer.getAuthorIndex()).map((item) => item.slug)).not.toContain('../studio')
    const locs = locsOf(await sitemapXml(layer))
    expect(locs.some((loc) => loc.includes('News') || loc.includes('..'))).toBe(false)
  })
})

describe('the sitemap', () => {
  it('escapes what it is given, so no value can end an element or add a URL', () => {
    const index = {
      posts: [
        { slug: 'x</loc></url><url><loc>https://evil.example/', modifiedAt: '2025-06-27T00:00:00Z' },
        { slug: 'a&b', modifiedAt: '2025-06-27T00:00:00Z' },
      ],
      categories: [],
      authors: [],
    }
    const locs = locsOf(resolveSitemap(sitemapEntries(SITE, index, [])))
    expect(locs).toEqual([
      `${SITE}/`,
      `${SITE}/blog`,
      `${SITE}/authors`,
      `${SITE}/blog/x</loc></url><url><loc>https://evil.example/`,
      `${SITE}/blog/a&b`,
    ])
  })
})

describe('a malformed part of a post body', () => {
  it('is skipped with a log line; the rest of the post renders', async () => {
    const post = postWith('post-broken-body', {
      slug: { _type: 'slug', current: 'broken-body' },
      body: [
        {
          _type: 'block',
          _key: 'broken',
          style: 'normal',
          markDefs: [null, { _type: 'link', _key: 'l', href: 'https://example.org/' }],
          children: [null, { _type: 'span', _key: 's', text: 'Still here.', marks: ['l'] }],
        },
      ],
    })
    const page = await layerWith([post]).getPost('broken-body')
    expect(page).not.toBeNull()
    const html = await renderHtml(
      createElement(PostArticle, { page: page!, site: { title: 'Cited', description: 'Evidence first.', isDemo: false } }),
    )
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">Still here.</a>')
    expect(logs).toContain(
      '[content] block broken: skipped a malformed span (`npm run content:check` lists every such problem in the dataset)',
    )
    expect(logs).toContain(
      '[content] block broken: ignored a malformed mark definition (`npm run content:check` lists every such problem in the dataset)',
    )
  })
})

describe('an unreadable date', () => {
  it.each(['2026-13-45', '+010000-01-01'])(
    'as publishedAt (%s) is treated as absent: the post is not public, and it is logged',
    async (date) => {
      const post = postWith('post-bad-date', { slug: { _type: 'slug', current: 'bad-date' }, publishedAt: date })
      const layer = layerWith([post])
      const list = (await layer.getPostList(1))!
      expect(list.posts.map((card) => card.slug)).not.toContain('bad-date')
      expect(list.posts[0]!.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect((await layer.getFeed()).map((item) => item.slug)).not.toContain('bad-date')
      expect((await layer.getPublicIndex()).posts.map((item) => item.slug)).not.toContain('bad-date')
      expect(await layer.getPost('bad-date')).toBeNull()
      expect(logs.join('\n')).toMatch(/left out a malformed post: publishedAt is not a date at publishedAt \(`npm run content:check`/)
    },
  )

  it('as publishedAt of a neighbour: the newest post links to no "next" post rather than to a 404', async () => {
    const newest = [...publicPosts()].sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
    // "2026-13-45" sorts after every real date, so GROQ picks it as the newest post's next one.
    const post = postWith('post-bad-date', { slug: { _type: 'slug', current: 'bad-date' }, publishedAt: '2026-13-45' })
    const page = (await layerWith([post]).getPost(slugOf(newest)))!
    expect(page.next).toBeNull()
    expect(page.previous).not.toBeNull()
  })

  it('as updatedAt is ignored: the post renders with its publication date', async () => {
    const post = postWith('post-bad-update', { slug: { _type: 'slug', current: 'bad-update' }, updatedAt: '+010000-01-01' })
    const page = (await layerWith([post]).getPost('bad-update'))!
    expect(page.post.updatedAt).toBeNull()
    expect(page.post.modifiedAt).toBe(post.publishedAt)
    const html = await renderHtml(
      createElement(PostArticle, { page, site: { title: 'Cited', description: 'Evidence first.', isDemo: false } }),
    )
    expect(html).not.toContain('10000')
    expect(logs).toContain(
      '[content] ignored the unreadable date "+010000-01-01" (`npm run content:check` lists every such problem in the dataset)',
    )
  })
})

describe('search over a post with an enormous body', () => {
  const bodyOf = (text: string) => [
    { _type: 'block', _key: 'b', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 's', text, marks: [] }] },
  ]
  const enormous = () => [
    postWith('post-150k-words', {
      slug: { _type: 'slug', current: 'enormous' },
      title: 'Enormous',
      body: bodyOf(['zymurgy', ...Array.from({ length: 150_000 }, (_, index) => `word${index % 997}`), 'farthestword'].join(' ')),
    }),
    // One "word" that tokenises into 200,000 tokens: bounding by spaces alone would not do.
    postWith('post-no-spaces', { slug: { _type: 'slug', current: 'no-spaces' }, title: 'No spaces', body: bodyOf('x-'.repeat(200_000)) }),
  ]

  it('still answers every search, and finds the opening of that post', async () => {
    const layer = layerWith(enormous())
    const vitamin = await layer.searchPosts('vitamin')
    expect(vitamin.status).toBe('results')
    expect(vitamin.status === 'results' && vitamin.posts.length).toBeGreaterThan(0)
    const opening = await layer.searchPosts('zymurgy')
    expect(opening.status === 'results' && opening.posts.map((card) => card.slug)).toEqual(['enormous'])
    // Past the bound: not searched, by design.
    const farthest = await layer.searchPosts('farthestword')
    expect(farthest.status === 'results' && farthest.posts).toEqual([])
  })
})
