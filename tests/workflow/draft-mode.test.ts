import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest'
import { PREVIEW_PATHNAME_PARAM, PREVIEW_SECRET_PARAM, createEnableDraftModeHandler } from '@/lib/preview/enable'
import type { SanityDocument } from '@/lib/source/dataset-file'
import { createLakeClient } from '@/lib/source/client'
import { DEFAULT_API_VERSION } from '@/lib/sanity-api-defaults'
import { startContentLake } from '../support/content-lake'
import { DEMO_DATASET, loadDemoDocuments, slugOf } from './support'

const LOCAL_SECRET = 'local-preview-secret-for-tests'
const enableUrl = (params: Record<string, string>) => `http://localhost/api/draft-mode/enable?${new URLSearchParams(params)}`

describe('enabling draft mode on the local dataset', () => {
  const handler = (previewSecret: string | undefined) => {
    const enabled: string[] = []
    const GET = createEnableDraftModeHandler({ source: 'local', previewSecret }, async () => void enabled.push('draft mode on'))
    return { GET, enabled }
  }

  test.each([
    ['no secret', {}],
    ['an empty secret', { [PREVIEW_SECRET_PARAM]: '' }],
    ['a wrong secret', { [PREVIEW_SECRET_PARAM]: 'guess-guess-guess-guess' }],
    ['the secret with a different case', { [PREVIEW_SECRET_PARAM]: LOCAL_SECRET.toUpperCase() }],
  ])('%s → 401, draft mode stays off, no cookie', async (_label, params) => {
    const { GET, enabled } = handler(LOCAL_SECRET)
    const response = await GET(new Request(enableUrl({ ...params, [PREVIEW_PATHNAME_PARAM]: '/' })))
    expect(response.status).toBe(401)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(enabled).toEqual([])
  })

  test('the right secret turns draft mode on and redirects to the requested page only', async () => {
    const { GET, enabled } = handler(LOCAL_SECRET)
    // Next's redirect() throws a control-flow error the framework turns into a 307.
    const outcome = await GET(
      new Request(enableUrl({ [PREVIEW_SECRET_PARAM]: LOCAL_SECRET, [PREVIEW_PATHNAME_PARAM]: '//evil.example/x' })),
    ).catch((error: { digest?: string }) => error.digest)
    expect(enabled).toEqual(['draft mode on'])
    expect(String(outcome)).toMatch(/NEXT_REDIRECT;replace;\/;307;/)
  })

  test('without SANITY_PREVIEW_SECRET the site says what to set', async () => {
    const { GET, enabled } = handler(undefined)
    const response = await GET(new Request(enableUrl({ [PREVIEW_SECRET_PARAM]: 'anything' })))
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('SANITY_PREVIEW_SECRET')
    expect(enabled).toEqual([])
  })
})

describe('enabling draft mode with a project (next-sanity checks the Studio secret in the Content Lake)', () => {
  test('without a read token the site says what to set', async () => {
    const GET = createEnableDraftModeHandler({ source: 'lake', client: undefined })
    const response = await GET(new Request(enableUrl({ [PREVIEW_SECRET_PARAM]: 'x' })))
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('SANITY_API_READ_TOKEN')
  })

  test('a secret the Content Lake does not know → 401 and no cookie', async () => {
    // The demo dataset holds no preview secret document; the check needs the viewer token (raw perspective).
    const lake = await startContentLake({ readTokens: ['viewer-token'] })
    try {
      const client = createLakeClient({
        projectId: lake.projectId,
        dataset: lake.dataset,
        apiVersion: DEFAULT_API_VERSION,
        apiHost: lake.apiHost,
        token: 'viewer-token',
      })
      const GET = createEnableDraftModeHandler({ source: 'lake', client })
      const response = await GET(new Request(enableUrl({ [PREVIEW_SECRET_PARAM]: 'forged-secret', [PREVIEW_PATHNAME_PARAM]: '/' })))
      expect(response.status).toBe(401)
      expect(response.headers.get('set-cookie')).toBeNull()
      // The check really went to the Lake, with the given secret and the viewer token.
      const query = lake.requests.find((request) => request.path.includes('/data/query/'))
      expect(query?.query.get('$secret')).toBe('"forged-secret"')
      expect(query?.headers.authorization).toBe('Bearer viewer-token')
    } finally {
      await lake.close()
    }
  })
})

describe('a draft is visible only in draft mode', () => {
  let draft: SanityDocument
  let publishedTitle: string | null

  beforeAll(async () => {
    const documents = await loadDemoDocuments()
    draft = documents.find((doc) => doc._id.startsWith('drafts.') && doc._type === 'post')!
    const published = documents.find((doc) => doc._id === draft._id.slice('drafts.'.length))
    publishedTitle = published ? String(published.title) : null
  })

  afterEach(() => {
    vi.doUnmock('next/headers')
    vi.doUnmock('next/cache')
    vi.resetModules()
  })

  /**
   * The site's own getPost inside Next, with only Next's request-scoped draftMode() answered
   * for it and the data cache passed through (there is no Next server here to hold it).
   */
  async function getPostAs(isEnabled: boolean, slug: string) {
    vi.resetModules()
    vi.doMock('next/headers', () => ({ draftMode: async () => ({ isEnabled }) }))
    vi.doMock('next/cache', () => ({ unstable_cache: (run: () => unknown) => run }))
    const { createDataLayer } = await import('@/lib/queries')
    return createDataLayer({ source: { kind: 'local', dataset: DEMO_DATASET }, insideNext: true }).getPost(slug)
  }

  test('readers never get the draft', async () => {
    const page = await getPostAs(false, slugOf(draft)!)
    expect(page?.post.title ?? null).toBe(publishedTitle)
    expect(page?.post.title).not.toBe(draft.title)
  })

  test('an editor in draft mode sees the draft as readers will', async () => {
    const page = await getPostAs(true, slugOf(draft)!)
    expect(page?.post.title).toBe(draft.title)
  })
})
