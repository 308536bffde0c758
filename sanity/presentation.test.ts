import { match } from 'path-to-regexp'
import type { DocumentLocationResolverObject, DocumentLocationsState, DocumentResolver } from 'sanity/presentation'
import { describe, expect, it } from 'vitest'
import { createLocalSource, DEMO_DATASET_PATH } from '@/lib/source/local'
import { presentationResolve } from './presentation'

// The demo dataset through groq-js, read the way Presentation reads it (drafts over published).
const dataset = createLocalSource(DEMO_DATASET_PATH)
const query = <T>(groq: string, params: Record<string, unknown> = {}) =>
  dataset.fetch({ query: groq, params, perspective: 'drafts' }) as Promise<T>

/** What Presentation does when the preview shows `pathname`: the first route that matches, its filter, the first hit. */
async function mainDocumentAt(pathname: string): Promise<{ _id: string; _type: string } | null> {
  for (const resolver of presentationResolve.mainDocuments as Array<Extract<DocumentResolver, { filter: unknown }>>) {
    const found = match(resolver.route as string, { decode: decodeURIComponent })(pathname)
    if (found) return query(`*[${resolver.filter}][0]{_id, _type}`, { ...(found.params as Record<string, unknown>) })
  }
  return null
}

type Resolved = { locations?: Array<{ title: string; href: string }>; message?: string; tone?: string }
function locationsOf(type: string, selected: Record<string, unknown> | null): Resolved {
  const resolver = presentationResolve.locations[type as keyof typeof presentationResolve.locations] as DocumentLocationResolverObject
  return resolver.resolve(selected as never) as Resolved
}

describe('Presentation: which document a page is about', () => {
  it('selects the post, the category and the site settings from their pages', async () => {
    expect(await mainDocumentAt('/blog/vitamin-b')).toEqual({ _id: 'post-vitamin-b', _type: 'post' })
    expect(await mainDocumentAt('/blog/category/news')).toMatchObject({ _type: 'category' })
    expect(await mainDocumentAt('/')).toEqual({ _id: 'siteSettings', _type: 'siteSettings' })
  })

  it('selects a draft that has never been published', async () => {
    // As on the Content Lake, the drafts perspective answers with the published id.
    expect(await mainDocumentAt('/blog/vitamin-c-and-colds')).toEqual({ _type: 'post', _id: 'post-vitamin-c-and-colds' })
  })

  it('selects nothing on pages about no one document, or slugs that do not exist', async () => {
    expect(await mainDocumentAt('/blog')).toBeNull()
    expect(await mainDocumentAt('/search')).toBeNull()
    expect(await mainDocumentAt('/blog/no-such-post')).toBeNull()
  })
})

describe('Presentation: where a document shows up', () => {
  it("lists a post's own page first, then the lists it appears on", () => {
    expect(locationsOf('post', { title: 'Vitamin B', slug: 'vitamin-b' }).locations).toEqual([
      { title: 'Vitamin B', href: '/blog/vitamin-b' },
      { title: 'Blog index', href: '/blog' },
      { title: 'Home page', href: '/' },
    ])
  })

  it("lists a category's page and the home page", () => {
    expect(locationsOf('category', { title: 'News', slug: 'news' }).locations).toEqual([
      { title: 'News', href: '/blog/category/news' },
      { title: 'Home page', href: '/' },
    ])
  })

  it('asks for a slug before there is a page to show, and names untitled documents', () => {
    expect(locationsOf('post', { title: 'Draft', slug: null })).toEqual({ message: 'Give the post a slug to preview it.', tone: 'caution' })
    expect(locationsOf('category', null)).toMatchObject({ tone: 'caution' })
    expect(locationsOf('post', { title: null, slug: 'x' }).locations?.[0]).toEqual({ title: 'Untitled post', href: '/blog/x' })
  })

  it('shows site settings on the home page and the blog index', () => {
    const state = presentationResolve.locations.siteSettings as DocumentLocationsState
    expect(state.locations?.map((location) => location.href)).toEqual(['/', '/blog'])
  })

  it('round-trips every post and category of the demo dataset: its page selects it again', async () => {
    const documents = await query<Array<{ _id: string; _type: string; title: string; slug: string }>>(
      `*[_type in ["post", "category"] && defined(slug.current)]{_id, _type, title, "slug": slug.current}`,
    )
    expect(documents.length).toBeGreaterThan(10)
    for (const doc of documents) {
      const [own] = locationsOf(doc._type, doc).locations!
      expect(await mainDocumentAt(own!.href), own!.href).toEqual({ _id: doc._id, _type: doc._type })
    }
  })
})
