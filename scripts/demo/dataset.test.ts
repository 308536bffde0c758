import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { evaluate, parse } from 'groq-js'
import { describe, expect, it } from 'vitest'
import { SEED_ACCESSED_AT, SEED_TITLE_SEPARATORS, SEED_WORKS_CITED } from './citations'
import { buildDemoDataset, referencedAssets, type DemoDocument } from './dataset'
import { isPlainObject, toPlainText } from './portable-text'
import migration from '../../migrations/citation-reference-model'
import { migrateDocuments } from '../migrate-local'
import { checkDuplicateSources } from '../content-check/duplicate-sources'

const DEMO_DIR = path.resolve(import.meta.dirname, '../../content/demo')
const LATEST_ALLOWED_DATE = '2026-11-20'

const { documents, ndjson, images } = buildDemoDataset()
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const posts = documents.filter((d) => d._type === 'post')
const published = posts.filter((d) => !d._id.startsWith('drafts.'))
const post = (slug: string) => {
  const found = byId.get(`post-${slug}`)
  if (!found) throw new Error(`no post-${slug}`)
  return found
}

type Ref = { _ref: string }
const refs = (value: unknown): Ref[] => (Array.isArray(value) ? (value as Ref[]) : [])
const refIds = (value: unknown) => refs(value).map((r) => r._ref)

/** Walks every object in a value, with the path to it. */
function walk(value: unknown, visit: (node: Record<string, unknown>, at: string) => void, at = '') {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${at}[${i}]`))
  else if (isPlainObject(value)) {
    visit(value, at)
    for (const [key, child] of Object.entries(value)) walk(child, visit, `${at}.${key}`)
  }
}

function bodyCitations(doc: DemoDocument): string[] {
  const cited: string[] = []
  walk(doc.body, (node) => {
    if (node._type === 'citationRef') cited.push((node.citation as Ref)._ref)
  })
  return cited
}

describe('committed demo dataset', () => {
  it('matches what the generator produces (run `npx tsx scripts/demo/build-demo-dataset.ts`)', () => {
    expect(readFileSync(path.join(DEMO_DIR, 'data.ndjson'), 'utf8')).toBe(ndjson)
    const onDisk = readdirSync(path.join(DEMO_DIR, 'images')).sort()
    expect(onDisk).toEqual(images.map((img) => img.fileName))
    for (const img of images) {
      expect(readFileSync(path.join(DEMO_DIR, 'images', img.fileName)).equals(img.bytes), img.fileName).toBe(true)
    }
  })

  it('names each image <sha1>-<w>x<h>.<svg|png> after its bytes and keeps it small', () => {
    for (const img of images) {
      const sha1 = createHash('sha1').update(img.bytes).digest('hex')
      const extension = img.fileName.endsWith('.png') ? 'png' : 'svg'
      expect(img.fileName).toBe(`${sha1}-${img.width}x${img.height}.${extension}`)
      expect(img.bytes.length).toBeLessThan(extension === 'png' ? 32 * 1024 : 6 * 1024)
    }
    // One raster picture, large enough that a phone must be sent a smaller copy of it.
    expect(images.filter((img) => img.fileName.endsWith('.png')).map((img) => img.width)).toEqual([2000])
  })

  it('points every _sanityAsset at a shipped image, and ships no unreferenced image', () => {
    const shipped = new Set(images.map((img) => `image@file://./images/${img.fileName}`))
    expect([...referencedAssets(documents)].sort()).toEqual([...shipped].sort())
  })
})

describe('document integrity', () => {
  it('has unique ids following the naming scheme', () => {
    expect(new Set(documents.map((d) => d._id)).size).toBe(documents.length)
    const pattern: Record<string, RegExp> = {
      siteSettings: /^siteSettings$/,
      disclaimer: /^disclaimer-[a-z0-9-]+$/,
      author: /^author-[a-z0-9-]+$/,
      category: /^category-[a-z0-9-]+$/,
      citation: /^citation-[a-z0-9-]+$/,
      post: /^(drafts\.)?post-[a-z0-9-]+$/,
      sourceHealth: /^sourceHealth-citation-[a-z0-9-]+$/,
      page: /^page-[a-z0-9-]+$/,
    }
    for (const doc of documents) expect(doc._id, doc._type).toMatch(pattern[doc._type] ?? /^$/)
    for (const doc of documents.filter((d) => isPlainObject(d.slug))) {
      expect(doc._id.endsWith(`-${(doc.slug as { current: string }).current}`), doc._id).toBe(true)
    }
  })

  it('resolves every reference to a document of the right type', () => {
    const expectedType: Record<string, string> = {
      author: 'author',
      reviewedBy: 'author',
      categories: 'category',
      worksCited: 'citation',
      citation: 'citation',
      relatedPosts: 'post',
      disclaimer: 'disclaimer',
      defaultDisclaimer: 'disclaimer',
      editorialPolicy: 'page',
      correctionsPolicy: 'page',
    }
    let checked = 0
    for (const doc of documents) {
      walk(doc, (node, at) => {
        if (typeof node._ref !== 'string') return
        const target = byId.get(node._ref)
        expect(target, `${doc._id}${at} → ${node._ref}`).toBeDefined()
        expect(target?._id.startsWith('drafts.'), `${doc._id}${at} points at a draft`).toBe(false)
        const field =
          at
            .replace(/\[\d+\]$/, '')
            .split('.')
            .pop() ?? ''
        expect(target?._type, `${doc._id}${at}`).toBe(expectedType[field])
        checked++
      })
    }
    expect(checked).toBeGreaterThan(200)
  })

  it('gives every object in an array a _key unique within that array', () => {
    for (const doc of documents) {
      const check = (value: unknown, at: string) => {
        if (Array.isArray(value)) {
          const keys = value.filter(isPlainObject).map((item) => item._key)
          keys.forEach((key, i) => expect(typeof key, `${doc._id}${at}[${i}] has no _key`).toBe('string'))
          expect(new Set(keys).size, `${doc._id}${at} has duplicate keys`).toBe(keys.length)
          value.forEach((item, i) => check(item, `${at}[${i}]`))
        } else if (isPlainObject(value)) {
          for (const [key, child] of Object.entries(value)) check(child, `${at}.${key}`)
        }
      }
      check(doc, '')
    }
  })

  it('lets every span mark resolve to a decorator or a markDef of its block', () => {
    for (const doc of documents) {
      walk(doc, (node, at) => {
        if (node._type !== 'block') return
        const defs = new Set((node.markDefs as Array<{ _key: string }>).map((d) => d._key))
        for (const span of node.children as Array<{ marks: string[] }>) {
          for (const mark of span.marks) {
            expect(['strong', 'em', 'code'].includes(mark) || defs.has(mark), `${doc._id}${at}: ${mark}`).toBe(true)
          }
        }
      })
    }
  })
})

describe('editorial rules the Studio enforces', () => {
  const today = new Date().toISOString().slice(0, 10)

  it('keeps titles, excerpts and required post fields within limits', () => {
    for (const doc of posts) {
      expect(typeof doc.title === 'string' && doc.title.length > 0 && doc.title.length <= 120, doc._id).toBe(true)
      expect(typeof doc.excerpt === 'string' && doc.excerpt.length <= 300, `${doc._id} excerpt`).toBe(true)
      expect(doc.author, doc._id).toBeDefined()
      expect(refs(doc.categories).length, doc._id).toBeGreaterThan(0)
      expect(toPlainText(doc.body as unknown[]).length, doc._id).toBeGreaterThan(200)
      expect(refIds(doc.relatedPosts), `${doc._id} relates to itself`).not.toContain(doc._id)
    }
  })

  it('puts non-empty alt text on every image', () => {
    let count = 0
    for (const doc of documents) {
      walk(doc, (node, at) => {
        if (!('_sanityAsset' in node)) return
        expect(node._type, `${doc._id}${at}`).toBe('image')
        expect(typeof node.alt === 'string' && node.alt.trim().length > 10, `${doc._id}${at} alt`).toBe(true)
        count++
      })
    }
    expect(count).toBeGreaterThanOrEqual(images.length)
  })

  it('dates posts in 2025–2026, never after the cut-off, and never before the sources they cite were accessed', () => {
    for (const doc of posts) {
      const published = doc.publishedAt as string
      const lastEdit = ((doc.updatedAt as string | undefined) ?? published).slice(0, 10)
      expect(published >= '2025-01-01' && published.slice(0, 10) <= LATEST_ALLOWED_DATE, doc._id).toBe(true)
      expect(lastEdit <= LATEST_ALLOWED_DATE && lastEdit >= published.slice(0, 10), doc._id).toBe(true)
      for (const id of refIds(doc.worksCited)) {
        expect((byId.get(id)?.accessedAt as string) <= lastEdit, `${doc._id} cites ${id}`).toBe(true)
      }
    }
  })

  it('gives every citation an http(s) URL and a real access date that is not in the future', () => {
    for (const c of documents.filter((d) => d._type === 'citation')) {
      expect(new URL(c.url as string).protocol, c._id).toMatch(/^https?:$/)
      expect(c.accessedAt, c._id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(Number.isNaN(Date.parse(c.accessedAt as string)), c._id).toBe(false)
      expect((c.accessedAt as string) <= today, c._id).toBe(true)
    }
  })

  it('lists every inline citation in the post’s works cited', () => {
    for (const doc of posts) {
      const listed = new Set(refIds(doc.worksCited))
      for (const cited of bodyCitations(doc)) expect(listed.has(cited), `${doc._id} cites ${cited}`).toBe(true)
    }
  })

  it('only links to safe schemes, and internal links reach published posts', () => {
    for (const doc of documents) {
      walk(doc, (node) => {
        if (node._type !== 'link') return
        const href = node.href as string
        expect(href, doc._id).toMatch(/^(https?:\/\/|mailto:|tel:|\/)/)
        const internal = /^\/blog\/([a-z0-9-]+)$/.exec(href)
        if (internal) expect(byId.has(`post-${internal[1]}`), `${doc._id} → ${href}`).toBe(true)
      })
    }
  })
})

describe('what the demo dataset has to show', () => {
  it('has enough published posts, each content category with at least two', () => {
    expect(published.length).toBeGreaterThanOrEqual(14)
    for (const slug of ['news', 'video', 'review']) {
      const inCategory = published.filter((p) => refIds(p.categories).includes(`category-${slug}`))
      expect(inCategory.length, slug).toBeGreaterThanOrEqual(2)
    }
  })

  it('cites every seed works-cited entry in the long D3 + K2 post, in seed order', () => {
    const long = post('vitamin-d3-and-k2-better-together')
    const cited = refIds(long.worksCited).map((id) => byId.get(id))
    expect(cited).toHaveLength(SEED_WORKS_CITED.length)
    SEED_WORKS_CITED.forEach(([, seedTitle, url], i) => {
      const c = cited[i]
      expect(c?.url).toBe(url)
      expect(c?.accessedAt).toBe(SEED_ACCESSED_AT)
      const title = c?.title as string
      const site = c?.site as string
      const rebuilt = SEED_TITLE_SEPARATORS.some((sep) => `${title}${sep}${site}` === seedTitle)
      expect(title === seedTitle || rebuilt, `${seedTitle} ↔ ${title} / ${site}`).toBe(true)
      expect(site.length, seedTitle).toBeGreaterThan(1)
    })
    expect(cited.some((c) => (c?.url as string).includes('#:~:text='))).toBe(true)
  })

  it('marks claims in the long post with at least ten distinct citations, some more than once', () => {
    const long = post('vitamin-d3-and-k2-better-together')
    const inline = bodyCitations(long)
    expect(new Set(inline).size).toBeGreaterThanOrEqual(10)
    expect(inline.length).toBeGreaterThan(new Set(inline).size)
    expect(long.highlights).toHaveLength(4)
    expect(refIds([long.disclaimer])).toEqual(['disclaimer-ai-assisted'])
    const blocks = long.body as Array<{ _type: string; tone?: string }>
    expect(blocks.some((b) => b._type === 'callout' && b.tone === 'warning')).toBe(true)
  })

  it('curates exactly the two vitamin B posts as related to the short D3 + K2 post', () => {
    const short = post('vitamin-d3-and-k2-synergy')
    expect(refIds(short.relatedPosts)).toEqual(['post-vitamin-b17', 'post-vitamin-b'])
    expect(post('vitamin-b17').title).toBe('What You Need To Know About Vitamin B17')
    expect(post('vitamin-b').title).toBe('Everything You Need To Know About Vitamin B')
    expect(short.disclaimer).toBeUndefined()
    expect((short.body as Array<{ _type: string }>).some((b) => b._type === 'image')).toBe(true)
  })

  it('shows each source-health state on a citation, each record naming its citation', () => {
    const records = documents.filter((d) => d._type === 'sourceHealth')
    const statuses = new Set(records.map((r) => r.status))
    for (const status of ['ok', 'broken', 'text-not-found', 'redirected', 'blocked', 'failing'])
      expect(statuses.has(status), status).toBe(true)
    for (const record of records) {
      const cited = byId.get((record.citation as Ref)._ref)
      expect(cited?._type, record._id).toBe('citation')
      expect(record._id).toBe(`sourceHealth-${cited?._id}`)
      expect(record.url).toBe(cited?.url)
      expect((record.checkedAt as string).slice(0, 10) <= LATEST_ALLOWED_DATE).toBe(true)
    }
    // A broken source with an archive and one without, and an editor's own archived copy.
    const broken = records.filter((r) => r.status === 'broken')
    expect(broken.some((r) => r.archivedUrl) && broken.some((r) => !r.archivedUrl)).toBe(true)
    expect(documents.some((d) => d._type === 'citation' && typeof d.archiveUrl === 'string')).toBe(true)
  })

  it('covers the edge cases pages must render', () => {
    const hasBlock = (type: string) => published.some((p) => (p.body as Array<{ _type: string }>).some((b) => b._type === type))
    expect(hasBlock('videoEmbed')).toBe(true)
    expect(published.some((p) => p.mainImage === undefined)).toBe(true)
    // Text without a works-cited list: the standing pages (About, policies), since the editorial policy left the blog.
    expect(documents.some((d) => d._type === 'page' && d.worksCited === undefined)).toBe(true)
    expect(published.some((p) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(toPlainText(p.body as unknown[])))).toBe(true)
    expect(published.some((p) => (p.title as string).length >= 100)).toBe(true)
    expect(published.some((p) => p.seo !== undefined)).toBe(true)
    const drafts = posts.filter((p) => p._id.startsWith('drafts.'))
    expect(drafts.map((d) => d._id)).toEqual(['drafts.post-vitamin-c-and-colds'])
    expect(drafts[0]?.title).toMatch(/^DRAFT:/)
  })
})

describe('GROQ over the dataset (groq-js)', () => {
  const run = async (query: string, params: Record<string, unknown> = {}) =>
    (await evaluate(parse(query, { params }), { dataset: documents, params })).get()

  it('counts published posts per content category', async () => {
    const counts = (await run(
      `*[_type == "category" && slug.current in ["news", "video", "review"]] | order(slug.current) {
        "slug": slug.current,
        "posts": count(*[_type == "post" && !(_id in path("drafts.**")) && references(^._id)])
      }`,
    )) as Array<{ slug: string; posts: number }>
    expect(counts.map((c) => c.slug)).toEqual(['news', 'review', 'video'])
    for (const c of counts) expect(c.posts, c.slug).toBeGreaterThanOrEqual(2)
  })

  it('dereferences a post’s works cited and author in one query', async () => {
    const result = (await run(
      `*[_type == "post" && slug.current == $slug][0]{ title, "author": author->name, "cited": worksCited[]->{title, site, url} }`,
      { slug: 'vitamin-d3-and-k2-better-together' },
    )) as { author: string; cited: Array<{ title: string; site: string; url: string }> }
    expect(result.author).toBe('Maya Lindqvist')
    expect(result.cited).toHaveLength(SEED_WORKS_CITED.length)
    expect(result.cited.every((c) => c.title && c.site && c.url)).toBe(true)
  })
})

describe('review and corrections', () => {
  const authors = documents.filter((doc) => doc._type === 'author')
  const reviewerIds = new Set(posts.map((doc) => (doc.reviewedBy as Ref | undefined)?._ref).filter(Boolean))

  it('has at least two reviewers with credentials, and nobody reviews their own post', () => {
    const credentialled = authors.filter((author) => reviewerIds.has(author._id) && typeof author.credentials === 'string')
    expect(credentialled.length).toBeGreaterThanOrEqual(2)
    for (const doc of posts) expect((doc.reviewedBy as Ref | undefined)?._ref, doc._id).not.toBe((doc.author as Ref)._ref)
  })

  it('gives every published post a reviewer and a review date on or after publication', () => {
    for (const doc of published) {
      expect(doc.reviewedBy, doc._id).toBeDefined()
      expect(String(doc.lastReviewedAt) >= String(doc.publishedAt).slice(0, 10), doc._id).toBe(true)
      expect(String(doc.lastReviewedAt) <= LATEST_ALLOWED_DATE, doc._id).toBe(true)
    }
  })

  it('logs one correction and one update on the long D3 + K2 article, newest first', () => {
    const changes = post('vitamin-d3-and-k2-better-together').changes as Array<{ date: string; kind: string; _key: string }>
    expect(changes.map((change) => change.kind)).toEqual(['update', 'correction'])
    expect(changes[0]!.date > changes[1]!.date).toBe(true)
    expect(changes.every((change) => change._key)).toBe(true)
  })
})

describe('the demo citations and the reference model', () => {
  it('are already in the migrated shape: the citation-reference-model migration changes nothing', async () => {
    const citations = documents.filter((doc) => doc._type === 'citation')
    expect((await migrateDocuments(migration, citations)).changed).toBe(0)
  })

  it('the migration fills only what the address proves', async () => {
    const legacy = [
      {
        _id: 'a',
        _type: 'citation',
        title: 'T',
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/',
        authors: ['Katarzyna Maresz'],
        publishedAt: '2015-02-01',
      },
      { _id: 'b', _type: 'citation', title: 'T', url: 'https://pubmed.ncbi.nlm.nih.gov/29138634/' },
      { _id: 'c', _type: 'citation', title: 'T', url: 'https://www.ahajournals.org/doi/10.1161/01.CIR.0000063575.17904.4E' },
      { _id: 'd', _type: 'citation', title: 'T', url: 'https://medlineplus.gov/vitaminddeficiency.html' },
      { _id: 'e', _type: 'citation', title: 'T', url: 'https://www.healthline.com/nutrition/vitamin-k2' },
    ]
    const { docs } = await migrateDocuments(migration, legacy)
    const fields = docs.map(({ _id: _id, _type: _type, title: _title, url: _url, ...rest }) => rest)
    expect(fields).toEqual([
      {
        type: 'article-journal',
        pmcid: 'PMC4566462',
        authors: [{ _type: 'organisation', _key: expect.any(String), literal: 'Katarzyna Maresz' }],
        issued: '2015-02-01',
      },
      { type: 'article-journal', pmid: '29138634' },
      { type: 'webpage', doi: '10.1161/01.cir.0000063575.17904.4e' },
      { type: 'government' },
      { type: 'webpage' },
    ])
  })

  it('lists no source twice, within a post or across the dataset (the D3 + K2 post had entries 48/49 and a passage link of entry 17)', () => {
    expect(checkDuplicateSources(documents)).toEqual([])
  })
})
