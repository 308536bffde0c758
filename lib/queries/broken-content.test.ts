import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadDatasetFile, type SanityDocument } from '../source/dataset-file'
import { DEMO_DATASET_PATH } from '../source/local'
import { createDataLayer } from '.'

/**
 * One malformed document must cost only its own part of the site. The header reads every
 * category on every page (through the root layout), so a category without a title used to fail
 * every page; here the demo dataset gets such a category, with posts in it, and the real GROQ runs.
 */
let documents: SanityDocument[]
beforeAll(async () => {
  documents = (await loadDatasetFile(DEMO_DATASET_PATH)).documents
})
afterEach(() => vi.restoreAllMocks())

/** The demo dataset with some documents added or replaced (same _id). */
function layerWith(changed: SanityDocument[]) {
  const ids = new Set(changed.map((doc) => doc._id))
  const dataset = { documents: [...documents.filter((doc) => !ids.has(doc._id)), ...changed], assetFiles: new Map() }
  return createDataLayer({ source: { kind: 'local', dataset }, insideNext: false })
}

const untitledCategory = { _id: 'category-untitled', _type: 'category', slug: { _type: 'slug', current: 'untitled' } } as SanityDocument

function postIn(categoryId: string): SanityDocument {
  const post = documents.find((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))!
  const categories = [...((post.categories as object[] | undefined) ?? []), { _type: 'reference', _ref: categoryId, _key: 'untitled' }]
  return { ...post, categories }
}

describe('a category without a title', () => {
  it('is left out of the navigation while every other category stays', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const before = await layerWith([]).getAllCategories()
    const after = await layerWith([untitledCategory, postIn(untitledCategory._id)]).getAllCategories()
    expect(after.map((category) => category.slug)).toEqual(before.map((category) => category.slug))
    expect(after.length).toBeGreaterThan(0)
  })

  it('leaves the home page, the post lists and the posts in it readable', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken = postIn(untitledCategory._id)
    const layer = layerWith([untitledCategory, broken])
    const home = await layer.getHomePage()
    expect(home.latest.length).toBeGreaterThan(0)
    expect((await layer.getPostList(1))!.posts.length).toBeGreaterThan(0)
    const slug = (broken.slug as { current: string }).current
    const page = await layer.getPost(slug)
    expect(page?.post.title).toBe(broken.title)
    expect(page?.post.categories.map((category) => category.slug)).not.toContain('untitled')
  })

  it('answers its own page as not found, with a log line, instead of failing', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((message: string) => void errors.push(message))
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(await layerWith([untitledCategory]).getCategoryPage('untitled')).toBeNull()
    expect(errors.join('\n')).toMatch(/category "untitled" could not be parsed/)
  })
})
