import { evaluateSync, parse } from 'groq-js'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateDataset, writeExportArchive } from '../../bench/generate-dataset'
import { CONTENT_CATEGORY_SLUGS } from '../queries/fragments'
import { FEED_ITEM_LIMIT, FEED_QUERY, PUBLIC_INDEX_QUERY } from '../queries/feeds'
import { POST_PAGE_QUERY } from '../queries/post'
import { ALL_CATEGORIES_QUERY, CATEGORY_PAGE_QUERY, HOME_PAGE_QUERY, POST_LIST_QUERY } from '../queries/post-lists'
import { SEARCH_QUERY } from '../queries/search'
import { SITE_SETTINGS_QUERY } from '../queries/site'
import { REFERRERS_QUERY } from '../revalidate/webhook'
import { loadDatasetFile, type SanityDocument } from './dataset-file'
import { applyPerspective, DEMO_DATASET_PATH } from './local'
import { buildIndexes, filterCandidates, planQuery } from './query-plan'

let documents: SanityDocument[]
let demoDrafts: SanityDocument[]
let generated: SanityDocument[]
beforeAll(async () => {
  const demo = (await loadDatasetFile(DEMO_DATASET_PATH)).documents
  documents = applyPerspective(demo, 'published')
  demoDrafts = applyPerspective(demo, 'drafts')
  // A generated export as the benchmark builds it (smaller), read the way the site reads it.
  const archive = path.join(await mkdtemp(path.join(tmpdir(), 'query-plan-')), 'posts-400.tar.gz')
  await writeExportArchive(archive, generateDataset({ posts: 400, seed: 'query-plan' }))
  generated = applyPerspective((await loadDatasetFile(archive)).documents, 'published')
}, 60_000)

function run(dataset: SanityDocument[], query: string, params: Record<string, unknown>, planned: boolean) {
  const indexes = buildIndexes(dataset)
  const tree = parse(query, { params })
  if (planned) {
    const plan = planQuery(tree, indexes, params)
    return evaluateSync(plan.tree, { dataset, params, dereference: plan.dereference }).data
  }
  // `.data`, not `.get()`: get() returns a promise, and two promises always compare equal.
  return evaluateSync(tree, { dataset, params, dereference: ({ _ref }) => indexes.byId.get(_ref) ?? null }).data
}

/** Every page query with the parameters the site passes, spread over the dataset. */
function pageQueries(dataset: SanityDocument[]): [string, Record<string, unknown>][] {
  const posts = dataset.filter((doc) => doc._type === 'post')
  const sample = posts.filter((_, index) => index % Math.max(1, Math.floor(posts.length / 40)) === 0)
  const slugOf = (doc: SanityDocument) => (doc.slug as { current: string }).current
  const categories = dataset.filter((doc) => doc._type === 'category').map(slugOf)
  const total = posts.length
  return [
    ...sample.map((doc): [string, Record<string, unknown>] => [
      POST_PAGE_QUERY,
      { slug: slugOf(doc), contentCategories: CONTENT_CATEGORY_SLUGS, moreContentCandidates: 4 },
    ]),
    [POST_PAGE_QUERY, { slug: 'no-such-post', contentCategories: CONTENT_CATEGORY_SLUGS, moreContentCandidates: 4 }],
    ...[0, 10, Math.floor(total / 2 / 10) * 10, Math.floor(total / 10) * 10].map((start): [string, Record<string, unknown>] => [
      POST_LIST_QUERY,
      { start, end: start + 10 },
    ]),
    ...categories.flatMap((slug): [string, Record<string, unknown>][] => [
      [CATEGORY_PAGE_QUERY, { slug, start: 0, end: 10 }],
      [CATEGORY_PAGE_QUERY, { slug, start: 10, end: 20 }],
    ]),
    [CATEGORY_PAGE_QUERY, { slug: 'no-such-category', start: 0, end: 10 }],
    [HOME_PAGE_QUERY, { latestCount: 6, perCategoryCandidates: 15, contentCategories: CONTENT_CATEGORY_SLUGS }],
    [ALL_CATEGORIES_QUERY, {}],
    [PUBLIC_INDEX_QUERY, {}],
    [FEED_QUERY, { limit: FEED_ITEM_LIMIT }],
    // The webhook's: who references a citation, an author, a category, a disclaimer.
    ...['citation', 'author', 'category', 'disclaimer'].flatMap((type): [string, Record<string, unknown>][] =>
      dataset
        .filter((doc) => doc._type === type)
        .slice(0, 2)
        .map((doc) => [REFERRERS_QUERY, { id: doc._id }]),
    ),
    [SITE_SETTINGS_QUERY, {}],
    ...[['vitamin*'], ['sleep*', 'quality*'], ['omega*', '3*'], ['nothing*', 'matches*']].map(
      (terms): [string, Record<string, unknown>] => [SEARCH_QUERY, { terms, limit: 20 }],
    ),
  ]
}

describe('query planning', () => {
  it.each([
    ['the demo dataset', () => documents],
    ['the demo dataset in the drafts perspective', () => demoDrafts],
    ['a generated 400-post dataset', () => generated],
  ])('gives exactly the results of a full scan for every page query on %s', (_, dataset) => {
    for (const [query, params] of pageQueries(dataset())) {
      expect(run(dataset(), query, params, true), `${query.slice(0, 40)} ${JSON.stringify(params)}`).toEqual(
        run(dataset(), query, params, false),
      )
    }
  })

  it('orders, slices and counts like groq-js where keys tie, repeat or are missing', () => {
    const authors = generated.filter((doc) => doc._type === 'author').map((doc) => doc._id)
    const tags = [...new Set(generated.flatMap((doc) => (Array.isArray(doc.tags) ? (doc.tags as string[]) : [])))].slice(0, 3)
    const queries = [
      // many ties on the first key, broken by the next (whole list and a slice)
      `*[_type == "post"] | order(author._ref asc, publishedAt asc)._id`,
      `*[_type == "post"] | order(author._ref desc, _id asc)[3...17]._id`,
      // counted keys: null where the field is not an array, repeats counted, sums of counts
      `*[defined(publishedAt) || _type == "citation"] | order(count(tags[@ in $tags]) desc, _id asc)[0...12]{_id, "n": count(tags[@ in $tags])}`,
      `*[_type != "citation"] | order(count(tags[@ in $tags]) desc, title asc)._id`,
      `*[_type in ["post", "category"]] | order(count(categories[@._ref in $categories]) + count(tags[@ in $tags]) desc, publishedAt desc)[0...9]._id`,
      `*[_type == "post" && author._ref == $author] | order(publishedAt asc)[0...4]._id`,
      `*[_type == "post" && publishedAt >= $middle && !(author._ref in $authors)] | order(publishedAt asc)[0]._id`,
      `count(*[_type == "post" && publishedAt <= $middle])`,
    ]
    const dates = generated
      .filter((doc) => doc._type === 'post')
      .map((doc) => String(doc.publishedAt))
      .sort()
    const params = {
      tags,
      categories: ['category-news', 'category-review'],
      author: authors[0],
      authors: authors.slice(0, 4),
      middle: dates[dates.length >> 1],
    }
    // A tag listed twice counts twice.
    const withRepeats = generated.map((doc, index) =>
      index % 3 === 0 && Array.isArray(doc.tags) && doc.tags.includes(tags[0])
        ? { ...doc, tags: [...(doc.tags as string[]), tags[0]] }
        : doc,
    )
    for (const dataset of [generated, withRepeats]) {
      for (const query of queries) expect(run(dataset, query, params, true), query).toEqual(run(dataset, query, params, false))
    }
  })

  it('runs a filter only on the documents its conditions allow', () => {
    const indexes = buildIndexes(documents)
    const candidates = (query: string) => filterCandidates(parse(query), indexes)?.map((doc) => doc._id)
    const posts = documents.filter((doc) => doc._type === 'post')
    const referencing = (id: string) =>
      posts.filter((doc) => JSON.stringify(doc.categories ?? []).includes(`"${id}"`)).map((doc) => doc._id)
    expect(candidates(`*[_id == "siteSettings"]`)).toEqual(['siteSettings'])
    expect(candidates(`*[_type == "category" && defined(slug.current)]`)).toHaveLength(indexes.byType.get('category')!.length)
    expect(candidates(`*[slug.current == "x" && _type == "post"]`)).toEqual([])
    expect(candidates(`*[defined(title)]`)).toBeUndefined()
    // references, in dataset order
    expect(candidates(`*[_type == "post" && "category-news" in categories[]._ref]`)).toEqual(referencing('category-news'))
    expect(candidates(`*[count(categories[@._ref in ["category-news", "category-video"]]) > 0]`)).toEqual(
      posts
        .filter((doc) => referencing('category-news').includes(doc._id) || referencing('category-video').includes(doc._id))
        .map((doc) => doc._id),
    )
    // ranges over a sorted index
    const dates = posts.map((doc) => String(doc.publishedAt)).sort()
    const middle = dates[Math.floor(dates.length / 2)]!
    expect(candidates(`*[publishedAt < "${middle}"]`)).toEqual(
      documents.filter((doc) => typeof doc.publishedAt === 'string' && doc.publishedAt < middle).map((doc) => doc._id),
    )
    // match: the documents with a token for every term, as groq-js tokenises (here: exactly them)
    for (const terms of [['vitamin*'], ['d', 'k2'], ['omega-3*'], ['nothing*']]) {
      const query = `*[[title, excerpt, pt::text(body)] match ${JSON.stringify(terms)}]`
      expect(candidates(query), query).toEqual(run(documents, `${query}._id`, {}, false))
    }
    // either of two conditions: the union
    expect(candidates(`*[_type == "author" || _id == "siteSettings"]`)?.sort()).toEqual(
      [...indexes.byType.get('author')!.map((position) => documents[position]!._id), 'siteSettings'].sort(),
    )
  })
})
