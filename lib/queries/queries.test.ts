import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { post as postType } from '@/sanity/schemaTypes/post'
import { loadDatasetFile, type SanityDocument } from '../source/dataset-file'
import { DEMO_DATASET_PATH } from '../source/local'
import { createDataLayer } from '.'
import { POSTS_PER_PAGE } from './post-lists'

// These run the real GROQ through groq-js on the bundled demo dataset.
const { getPost, getPostList, getAllCategories, getCategoryPage, getHomePage, getPublicIndex, getFeed, getSiteSettings, searchPosts } =
  createDataLayer({
    source: { kind: 'local', dataset: DEMO_DATASET_PATH },
    insideNext: false,
  })
type Ref = { _ref: string }
let documents: SanityDocument[]
const byId = (id: string) => documents.find((doc) => doc._id === id)
const publicPosts = () => documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
const slugOf = (doc: SanityDocument) => (doc.slug as { current: string }).current
const refs = (value: unknown) => ((value as Ref[] | undefined) ?? []).map((ref) => ref._ref)

let warnings: string[] = []
beforeAll(async () => {
  documents = (await loadDatasetFile(DEMO_DATASET_PATH)).documents
})
afterEach(() => vi.restoreAllMocks())
function recordWarnings() {
  warnings = []
  vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message))
  vi.spyOn(console, 'error').mockImplementation((message: string) => void warnings.push(message))
}

describe('every page query on the demo dataset', () => {
  it('parses every post page with nothing left out', async () => {
    recordWarnings()
    for (const doc of publicPosts()) {
      const page = await getPost(slugOf(doc))
      expect(page, slugOf(doc)).not.toBeNull()
      expect(page!.post.title).toBe(doc.title)
    }
    expect(warnings).toEqual([])
  })

  it('parses every index page, category page, the home page, feeds, settings and search', async () => {
    recordWarnings()
    const total = publicPosts().length
    const pages = Math.ceil(total / POSTS_PER_PAGE)
    const seen: string[] = []
    for (let page = 1; page <= pages; page++) seen.push(...(await getPostList(page))!.posts.map((post) => post.slug))
    expect(seen).toHaveLength(total)
    expect(await getPostList(pages + 1)).toBeNull()

    for (const category of await getAllCategories()) {
      const page = await getCategoryPage(category.slug)
      expect(page!.totalPosts).toBe(category.postCount)
    }
    const home = await getHomePage()
    expect(home.latest.length).toBeGreaterThan(0)
    expect(home.sections.map((section) => section.category.slug)).toEqual(['news', 'video', 'review'])

    const index = await getPublicIndex()
    expect(index.posts).toHaveLength(total)
    expect((await getSiteSettings()).title).toBe(byId('siteSettings')!.title)
    const search = await searchPosts('vitamin')
    expect(search.status === 'results' && search.posts.length).toBeGreaterThan(0)
    expect(warnings).toEqual([])
  })
})

describe('post page query', () => {
  const longestPost = () => publicPosts().reduce((best, doc) => (refs(doc.worksCited).length > refs(best.worksCited).length ? doc : best))

  it('gives the page each reader-prose field of the post as the editor wrote it, none of them listed in getPost', async () => {
    const prose = (postType.fields as Array<{ name: string; options?: { readerProse?: boolean } }>)
      .filter((field) => field.options?.readerProse)
      .map((field) => field.name)
    expect(prose).toEqual(expect.arrayContaining(['title', 'excerpt']))
    for (const doc of publicPosts()) {
      const { post } = (await getPost(slugOf(doc)))!
      for (const field of prose) {
        if (typeof doc[field] === 'string') expect(post[field as keyof typeof post], `${slugOf(doc)}: ${field}`).toBe(doc[field])
      }
    }
  })

  it('returns the works cited in reading order, numbered from 1, with sources the text never cites last', async () => {
    const doc = longestPost()
    const page = (await getPost(slugOf(doc)))!
    expect(new Set(page.citations.map((entry) => entry.citation._id))).toEqual(new Set(refs(doc.worksCited)))
    expect(page.citations.map((entry) => entry.number)).toEqual(page.citations.map((_, index) => index + 1))
    const firstUncited = page.citations.findIndex((entry) => !entry.cited)
    expect(page.citations.slice(firstUncited).every((entry) => !entry.cited && entry.backlinks.length === 0)).toBe(true)
    const cited = page.citations.filter((entry) => entry.backlinks.length > 0)
    expect(cited.length).toBeGreaterThanOrEqual(10)
  })

  it("shows the post's own disclaimer, else the site default", async () => {
    const settings = byId('siteSettings')!
    const defaultTitle = byId((settings.defaultDisclaimer as Ref)._ref)!.title
    const withOwn = publicPosts().find((doc) => doc.disclaimer)!
    expect((await getPost(slugOf(withOwn)))!.disclaimer!.title).toBe(byId((withOwn.disclaimer as Ref)._ref)!.title)
    const without = publicPosts().find((doc) => !doc.disclaimer)!
    expect((await getPost(slugOf(without)))!.disclaimer!.title).toBe(defaultTitle)
  })

  it('puts curated related posts first, tops up to three, never itself, never a draft', async () => {
    const curatedDoc = publicPosts().find((doc) => refs(doc.relatedPosts).length > 0 && refs(doc.relatedPosts).length < 3)!
    const page = (await getPost(slugOf(curatedDoc)))!
    const curatedIds = refs(curatedDoc.relatedPosts)
    expect(page.related.slice(0, curatedIds.length).map((post) => post._id)).toEqual(curatedIds)
    expect(page.related).toHaveLength(3)
    for (const doc of publicPosts()) {
      const related = (await getPost(slugOf(doc)))!.related.map((post) => post._id)
      expect(related).not.toContain(doc._id)
      expect(new Set(related).size).toBe(related.length)
      expect(related.every((id) => !id.startsWith('drafts.'))).toBe(true)
    }
  })

  it('offers the latest News, Video and Review post not already recommended, never the current one', async () => {
    for (const doc of publicPosts()) {
      const page = (await getPost(slugOf(doc)))!
      const relatedIds = page.related.map((post) => post._id)
      for (const { category, post } of page.moreContent) {
        expect(post._id).not.toBe(doc._id)
        const newest = publicPosts()
          .filter(
            (other) =>
              other._id !== doc._id && !relatedIds.includes(other._id) && refs(other.categories).includes(`category-${category.slug}`),
          )
          .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))[0]!
        expect(post._id).toBe(newest._id)
      }
    }
  })

  it('never shows a card twice on a post page or on the home page', async () => {
    for (const doc of publicPosts()) {
      const page = (await getPost(slugOf(doc)))!
      const cards = [...page.related, ...page.moreContent.map((entry) => entry.post)].map((post) => post._id)
      expect(cards, slugOf(doc)).toEqual([...new Set(cards)])
    }
    const home = await getHomePage()
    const cards = [...home.latest, ...home.sections.flatMap((section) => section.posts)].map((post) => post._id)
    expect(cards).toEqual([...new Set(cards)])
    expect(home.sections.map((section) => section.category.slug)).toEqual(['news', 'video', 'review'])
  })

  it('never serves a draft: not at its slug, not in lists, feeds or search', async () => {
    const drafts = documents.filter((doc) => doc._id.startsWith('drafts.') && doc._type === 'post')
    expect(drafts.length).toBeGreaterThan(0)
    const index = await getPublicIndex()
    const feed = await getFeed()
    for (const draft of drafts) {
      const publishedTwin = byId(draft._id.replace(/^drafts\./, ''))
      const page = await getPost(slugOf(draft))
      if (publishedTwin) expect(page!.post.title).toBe(publishedTwin.title)
      else expect(page).toBeNull()
      expect(feed.map((post) => post.title)).not.toContain(draft.title)
      if (!publishedTwin) expect(index.posts.map((post) => post.slug)).not.toContain(slugOf(draft))
      const search = await searchPosts(String(draft.title))
      if (search.status === 'results') expect(search.posts.map((post) => post.title)).not.toContain(draft.title)
    }
  })

  it('is a 404 (null) for an unknown slug', async () => {
    expect(await getPost('no-such-post')).toBeNull()
  })
})
