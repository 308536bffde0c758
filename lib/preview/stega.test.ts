import { stegaClean, stegaEncodeSourceMap } from '@sanity/client/stega'
import type { ContentSourceMap } from '@sanity/client'
import { describe, expect, it } from 'vitest'
import { pageMetadata } from '../content/metadata'
import { serializeJsonLd } from '../content/json-ld'
import { post } from '@/sanity/schemaTypes/post'
import { draftStega } from './stega'

// A draft post as the Content Lake answers a query with `resultSourceMap`: each result value
// mapped back to the document and field it came from.
const result = {
  title: 'Vitamin D tests',
  slug: 'vitamin-d-blood-test',
  excerpt: 'What the test measures.',
  publishedAt: '2026-11-10T08:00:00.000Z',
  image: { alt: 'A capsule on a shelf', caption: 'Sunlight on a shelf' },
  seo: { title: 'Vitamin D test: do you need one?' },
  body: [{ _type: 'callout', tone: 'warning', children: [{ _type: 'span', text: 'Ask your doctor.' }] }],
  categories: [{ title: 'News', slug: 'news' }],
}
const fields: Array<[resultPath: string, document: number, sourcePath: string]> = [
  ["$['title']", 0, "$['title']"],
  ["$['slug']", 0, "$['slug']['current']"],
  ["$['excerpt']", 0, "$['excerpt']"],
  ["$['publishedAt']", 0, "$['publishedAt']"],
  ["$['image']['alt']", 0, "$['mainImage']['alt']"],
  ["$['image']['caption']", 0, "$['mainImage']['caption']"],
  ["$['seo']['title']", 0, "$['seo']['title']"],
  ["$['body'][0]['tone']", 0, "$['body'][?(@._key==\"c1\")]['tone']"],
  ["$['body'][0]['children'][0]['text']", 0, "$['body'][?(@._key==\"c1\")]['children'][?(@._key==\"s1\")]['text']"],
  ["$['categories'][0]['title']", 1, "$['title']"],
  ["$['categories'][0]['slug']", 1, "$['slug']['current']"],
]
/** A source map for `fields` of a draft post (document 0) and a category (document 1). */
const sourceMapOf = (fields: Array<[resultPath: string, document: number, sourcePath: string]>): ContentSourceMap => ({
  documents: [
    { _id: 'drafts.post-vitamin-d-blood-test', _type: 'post' },
    { _id: 'category-news', _type: 'category' },
  ],
  paths: fields.map(([, , sourcePath]) => sourcePath),
  mappings: Object.fromEntries(
    fields.map(([resultPath, document], path) => [resultPath, { type: 'value', source: { type: 'documentValue', document, path } }]),
  ),
})
/** A draft post's own top-level fields, each with its value, as the query reads them. */
const encodePostFields = <T extends Record<string, string>>(values: T) =>
  stegaEncodeSourceMap(values, sourceMapOf(Object.keys(values).map((name) => [`$['${name}']`, 0, `$['${name}']`])), draftStega)

const encoded = stegaEncodeSourceMap(result, sourceMapOf(fields), draftStega)
const carriesStega = (value: string) => value !== stegaClean(value)

describe('stega in draft previews', () => {
  it('marks the text a reader sees, so Visual Editing can open its field', () => {
    expect(carriesStega(encoded.title)).toBe(true)
    expect(carriesStega(encoded.excerpt)).toBe(true)
    expect(carriesStega(encoded.image.caption)).toBe(true)
    expect(carriesStega(encoded.body[0]!.children[0]!.text)).toBe(true)
    expect(carriesStega(encoded.categories[0]!.title)).toBe(true)
    // …and looks the same: only invisible characters were added.
    expect(stegaClean(encoded.title)).toBe(result.title)
  })

  it('leaves alone what code reads or compares: slugs, dates, alt text, enums, SEO fields', () => {
    expect(encoded.slug).toBe(result.slug)
    expect(encoded.categories[0]!.slug).toBe('news')
    expect(encoded.publishedAt).toBe(result.publishedAt)
    expect(encoded.image.alt).toBe(result.image.alt)
    expect(encoded.body[0]!.tone).toBe('warning')
    expect(encoded.seo.title).toBe(result.seo.title)
  })

  it('marks every post field the Studio declares reader prose, with no list of them kept here', () => {
    const prose = (post.fields as Array<{ name: string; options?: { readerProse?: boolean } }>)
      .filter((field) => field.options?.readerProse)
      .map((field) => field.name)
    expect(prose).toEqual(expect.arrayContaining(['title', 'excerpt']))
    const encodedPost = encodePostFields(Object.fromEntries(prose.map((name) => [name, `Words a reader sees in the ${name}`])))
    for (const name of prose) expect(carriesStega(encodedPost[name]!), name).toBe(true)
  })

  it('leaves an address alone even in a reader-prose field, and fields the Studio does not mark', () => {
    const encodedPost = encodePostFields({ title: 'https://example.org/vitamin-d', credentials: 'MD, PhD' })
    expect(encodedPost.title).toBe('https://example.org/vitamin-d')
    expect(encodedPost.credentials).toBe('MD, PhD')
  })

  it('never reaches metadata or structured data', () => {
    const metadata = pageMetadata({
      title: encoded.title,
      description: encoded.excerpt,
      path: '/blog/x',
      siteTitle: encoded.categories[0]!.title,
    })
    expect(metadata.title).toBe(result.title)
    expect(metadata.description).toBe(result.excerpt)
    expect(JSON.stringify(metadata)).toBe(JSON.stringify(stegaClean(metadata)))
    expect(JSON.parse(serializeJsonLd({ headline: encoded.title }))).toEqual({ headline: result.title })
  })
})
