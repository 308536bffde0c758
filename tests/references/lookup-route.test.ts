import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseEnv } from '@/lib/env'
import { createLookup } from '@/lib/references/lookup'
import { createLookupHandler } from '@/lib/references/lookup/handler'
import { startContentLake } from '../support/content-lake'
import { startReferenceServices } from '../support/reference-services'

/**
 * `POST /api/references/lookup`: signed-in editors of this project only, the user's token checked
 * against the Content Lake stand-in's `/users/me`; pages fetched through the address vetting.
 */

const EDITOR = 'editor-session-token'
const OUTSIDER = 'user-of-another-project'

let lake: Awaited<ReturnType<typeof startContentLake>>
let services: Awaited<ReturnType<typeof startReferenceServices>>
const lookups: Array<ReturnType<typeof createLookup>> = []

beforeAll(async () => {
  ;[lake, services] = await Promise.all([
    startContentLake({
      documents: [],
      users: [
        { token: EDITOR, id: 'pEditor', name: 'Ed Itor', roles: ['editor'] },
        { token: OUTSIDER, id: 'pOutsider', name: 'Out Sider', roles: [] },
      ],
    }),
    startReferenceServices(),
  ])
})
afterAll(async () => {
  await Promise.all(lookups.map((lookup) => lookup.close()))
  await Promise.all([lake.close(), services.close()])
})

function handler({ allowPrivateHosts = false, project = true } = {}) {
  const env = parseEnv({ ...services.env, NEXT_PUBLIC_SITE_URL: 'https://cited.example' })
  const lookup = createLookup(env, { allowPrivateHosts })
  lookups.push(lookup)
  return createLookupHandler({
    project: project ? { projectId: lake.projectId, dataset: lake.dataset, apiVersion: '2025-06-01', apiHost: lake.apiHost } : null,
    lookup: lookup.lookup,
  })
}

const post = (body: unknown, token?: string) =>
  new Request('http://localhost:3000/api/references/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('who may look up', () => {
  test('no token → 401, and nothing is fetched', async () => {
    const before = services.requests.length
    const response = await handler()(post({ input: '10.5555/cited.k2.2021' }))
    expect(response.status).toBe(401)
    expect(response.headers.get('www-authenticate')).toBe('Bearer')
    expect(services.requests.length).toBe(before)
  })

  test('a token the Content Lake does not know → 401', async () => {
    const response = await handler()(post({ input: '10.5555/cited.k2.2021' }, 'forged'))
    expect(response.status).toBe(401)
  })

  test('a signed-in user of another project → 403', async () => {
    const response = await handler()(post({ input: '10.5555/cited.k2.2021' }, OUTSIDER))
    expect(response.status).toBe(403)
    expect((await response.json()).error).toMatch(/not a member/)
  })

  test('without a project the route is unavailable, 503 with a reason', async () => {
    const response = await handler({ project: false })(post({ input: '10.5555/cited.k2.2021' }, EDITOR))
    expect(response.status).toBe(503)
    expect((await response.json()).error).toMatch(/NEXT_PUBLIC_SANITY_PROJECT_ID/)
  })

  test('the token is checked on the project, as the user', async () => {
    await handler()(post({ input: '10.5555/cited.k2.2021' }, EDITOR))
    const check = lake.requests.findLast((request) => request.path.endsWith('/users/me'))
    expect(check?.headers.authorization).toBe(`Bearer ${EDITOR}`)
    expect(check?.headers['x-sanity-project-id']).toBe(lake.projectId)
  })
})

describe('what an editor gets', () => {
  test('a DOI → the reference fields', async () => {
    const response = await handler()(post({ input: '10.5555/cited.k2.2021' }, EDITOR))
    expect(response.status).toBe(200)
    const { fields } = await response.json()
    expect(fields).toMatchObject({ type: 'article-journal', doi: '10.5555/cited.k2.2021', volume: '12', pages: '211-219' })
  })

  test('a stand-in page → fields from its metadata', async () => {
    const url = `${services.origin}/agency/vitamin-d-facts`
    const response = await handler({ allowPrivateHosts: true })(post({ input: url }, EDITOR))
    expect(response.status).toBe(200)
    expect((await response.json()).fields).toMatchObject({
      url,
      title: 'Vitamin D: fact sheet for professionals',
      site: 'Test Health Agency',
    })
  })

  test('a private address is refused, not fetched: not an open proxy', async () => {
    const before = services.requests.length
    for (const input of [`${services.origin}/agency/vitamin-d-facts`, 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:9/']) {
      const response = await handler()(post({ input }, EDITOR))
      expect(response.status).toBe(422)
      expect((await response.json()).error).toMatch(/private network/)
    }
    expect(services.requests.length).toBe(before)
  })

  test('bad bodies are 4xx with a reason', async () => {
    expect((await handler()(post('not json', EDITOR))).status).toBe(400)
    expect((await handler()(post({ input: '' }, EDITOR))).status).toBe(400)
    expect((await handler()(post({ input: 'vitamin k2' }, EDITOR))).status).toBe(400)
    expect((await handler()(post({ input: 'x'.repeat(5000) }, EDITOR))).status).toBe(413)
    expect((await handler()(post({ input: '10.5555/nobody.knows' }, EDITOR))).status).toBe(404)
  })
})
