import { evaluateSync, parse } from 'groq-js'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_CATEGORY_SLUGS } from '../queries/fragments'
import { PUBLIC_INDEX_QUERY } from '../queries/feeds'
import { POST_PAGE_QUERY } from '../queries/post'
import { ALL_CATEGORIES_QUERY, CATEGORY_PAGE_QUERY, HOME_PAGE_QUERY, POST_LIST_QUERY } from '../queries/post-lists'
import { SEARCH_QUERY } from '../queries/search'
import { SITE_SETTINGS_QUERY } from '../queries/site'
import { loadDatasetFile, type SanityDocument } from './dataset-file'
import { applyPerspective, DEMO_DATASET_PATH } from './local'
import { buildIndexes, planQuery } from './query-plan'

let documents: SanityDocument[]
beforeAll(async () => {
  documents = applyPerspective((await loadDatasetFile(DEMO_DATASET_PATH)).documents, 'published')
})

function run(query: string, params: Record<string, unknown>, planned: boolean) {
  const indexes = buildIndexes(documents)
  const tree = parse(query, { params })
  return evaluateSync(planned ? planQuery(tree, indexes) : tree, {
    dataset: documents,
    params,
    dereference: ({ _ref }) => indexes.byId.get(_ref) ?? null,
  }).get()
}

describe('query planning', () => {
  it('gives exactly the results of a full scan for every page query', () => {
    const slugs = documents.filter((doc) => doc._type === 'post').map((doc) => (doc.slug as { current: string }).current)
    const cases: [string, Record<string, unknown>][] = [
      ...slugs.map((slug): [string, Record<string, unknown>] => [POST_PAGE_QUERY, { slug, contentCategories: CONTENT_CATEGORY_SLUGS }]),
      [POST_LIST_QUERY, { start: 0, end: 10 }],
      [CATEGORY_PAGE_QUERY, { slug: 'review', start: 0, end: 10 }],
      [HOME_PAGE_QUERY, { latestCount: 6, perCategory: 3, contentCategories: CONTENT_CATEGORY_SLUGS }],
      [ALL_CATEGORIES_QUERY, {}],
      [PUBLIC_INDEX_QUERY, {}],
      [SITE_SETTINGS_QUERY, {}],
      [SEARCH_QUERY, { terms: ['vitamin*'], limit: 20 }],
    ]
    for (const [query, params] of cases) expect(run(query, params, true)).toEqual(run(query, params, false))
  })

  it('starts an _id, _type or slug filter from the matching documents only', () => {
    const indexes = buildIndexes(documents)
    const baseOf = (query: string) => (planQuery(parse(query), indexes) as unknown as { base: { type: string; value?: unknown[] } }).base
    expect(baseOf(`*[_id == "siteSettings"]`).value).toHaveLength(1)
    expect(baseOf(`*[_type == "category" && defined(slug.current)]`).value).toHaveLength(indexes.byType.get('category')!.length)
    expect(baseOf(`*[slug.current == "x" && _type == "post"]`).value).toHaveLength(0)
    expect(baseOf(`*[defined(title)]`).type).toBe('Everything')
  })
})
