import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadDatasetFile, type SanityDocument } from '../source/dataset-file'
import { DEMO_DATASET_PATH } from '../source/local'
import { createDataLayer } from '.'

// The real GROQ through groq-js on the bundled demo dataset: reviewers, change logs and author pages.
const { getAuthorIndex, getAuthorPage, getPublicIndex, getPost, getPostList } = createDataLayer({
  source: { kind: 'local', dataset: DEMO_DATASET_PATH },
  insideNext: false,
})
type Ref = { _ref: string }
let documents: SanityDocument[]
const publicPosts = () => documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
const slugOf = (doc: SanityDocument) => (doc.slug as { current: string }).current
const refOf = (value: unknown) => (value as Ref | undefined)?._ref

beforeAll(async () => {
  documents = (await loadDatasetFile(DEMO_DATASET_PATH)).documents
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('post page: review and changes', () => {
  it('names the reviewer with credentials, the review dates and a medical label', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), toFake: ['Date'] })
    const { post } = (await getPost('vitamin-d3-and-k2-better-together'))!
    expect(post.author).toMatchObject({ name: 'Maya Lindqvist', slug: 'maya-lindqvist', credentials: null, role: 'Managing editor' })
    expect(post.review).toEqual({
      reviewer: { name: 'Amara Nwosu', slug: 'amara-nwosu', credentials: 'MD', role: 'Family physician', image: null },
      label: 'Medically reviewed by',
      lastReviewedAt: '2026-10-20',
      nextReviewDue: '2027-10-20',
      status: 'current',
    })
  })

  it('lists changes newest first, and dates the content by the latest one', async () => {
    const { post } = (await getPost('vitamin-d3-and-k2-better-together'))!
    expect(post.changes.map(({ date, kind }) => ({ date, kind }))).toEqual([
      { date: '2026-10-20', kind: 'update' },
      { date: '2025-09-02', kind: 'correction' },
    ])
    expect(post.modifiedAt).toBe('2026-10-20T00:00:00.000Z')
    const indexed = (await getPublicIndex()).posts.find((entry) => entry.slug === 'vitamin-d3-and-k2-better-together')!
    expect(indexed.modifiedAt).toBe('2026-10-20T00:00:00.000Z')
  })

  it('says "Reviewed by", not "Medically", when the reviewer holds no credentials', async () => {
    const { post } = (await getPost('vitamin-d-blood-test'))!
    expect(post.review).toMatchObject({ label: 'Reviewed by', reviewer: { name: 'Maya Lindqvist', credentials: null } })
  })

  it('falls due one site interval after the last review, and reports the overdue post', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z'), toFake: ['Date'] })
    expect((await getPost('vitamin-b'))!.post.review).toMatchObject({
      lastReviewedAt: '2026-10-03',
      nextReviewDue: '2027-10-03',
      status: 'current',
    })
    expect((await getPost('vitamin-d3-and-k2-synergy'))!.post.review).toMatchObject({ nextReviewDue: '2026-09-15', status: 'overdue' })
    expect((await getPost('video-sunlight-and-vitamin-d'))!.post.review).toMatchObject({ status: 'due-soon' })
  })

  it('carries the site’s review policy in the same round trip', async () => {
    const page = (await getPost('vitamin-b'))!
    expect(page.policy).toEqual({
      isMedicalSite: true,
      intervalMonths: 12,
      editorialPolicy: '/editorial-policy',
      correctionsPolicy: '/corrections-policy',
    })
  })

  it('gives every post card a byline that links to the author', async () => {
    const list = (await getPostList(1))!
    for (const card of list.posts) {
      const doc = publicPosts().find((post) => slugOf(post) === card.slug)!
      const author = documents.find((candidate) => candidate._id === refOf(doc.author))!
      expect(card.author).toMatchObject({ name: author.name, slug: slugOf(author) })
    }
  })
})

describe('author pages', () => {
  it('lists everyone by name with how many posts they wrote and reviewed', async () => {
    const index = await getAuthorIndex()
    const authors = documents.filter((doc) => doc._type === 'author')
    expect(index.map((author) => author.slug)).toEqual(authors.map(slugOf).sort())
    for (const entry of index) {
      const id = authors.find((author) => slugOf(author) === entry.slug)!._id
      expect(entry.wroteCount, entry.slug).toBe(publicPosts().filter((post) => refOf(post.author) === id).length)
      expect(entry.reviewedCount, entry.slug).toBe(publicPosts().filter((post) => refOf(post.reviewedBy) === id).length)
    }
    expect(index.find((author) => author.slug === 'amara-nwosu')).toMatchObject({ credentials: 'MD', wroteCount: 0 })
  })

  it('shows what a person wrote and what they reviewed, newest first, never a draft', async () => {
    const page = (await getAuthorPage('maya-lindqvist'))!
    const mine = (field: 'author' | 'reviewedBy') =>
      publicPosts()
        .filter((post) => refOf(post[field]) === 'author-maya-lindqvist')
        .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
        .map(slugOf)
    expect(page.wrote.posts.map((post) => post.slug)).toEqual(mine('author'))
    expect(page.reviewed.posts.map((post) => post.slug)).toEqual(['vitamin-d-blood-test'])
    expect(page.wrote.total).toBe(mine('author').length)
    expect(page.wrote.posts.map((post) => post.slug)).not.toContain('vitamin-c-and-colds')
  })

  it('keeps only web profile links and the person’s details', async () => {
    const page = (await getAuthorPage('amara-nwosu'))!
    expect(page.author).toMatchObject({
      name: 'Amara Nwosu',
      credentials: 'MD',
      role: 'Family physician',
      expertise: ['vitamin D', 'medicine interactions', 'bone health'],
    })
    expect(page.author.sameAs.every((url) => url.startsWith('https://'))).toBe(true)
    expect(page.wrote.posts).toEqual([])
    expect(page.reviewed.total).toBeGreaterThan(5)
  })

  it('paginates like categories: the longer list sets the page count; unknown authors and pages are null', async () => {
    const page = (await getAuthorPage('amara-nwosu'))!
    expect(page.totalPages).toBe(Math.ceil(page.reviewed.total / 10))
    expect(page.reviewed.posts.length).toBe(Math.min(10, page.reviewed.total))
    expect(await getAuthorPage('amara-nwosu', page.totalPages + 1)).toBeNull()
    expect(await getAuthorPage('nobody-by-this-name')).toBeNull()
  })
})
