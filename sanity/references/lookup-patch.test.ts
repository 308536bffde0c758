import { describe, expect, test, vi } from 'vitest'
import { lookupPatch, requestLookup } from './lookup-patch'

const FOUND = {
  type: 'article-journal' as const,
  title: 'Vitamin K2 and arterial stiffness in a test cohort',
  authors: [{ family: 'Testwell', given: 'Ada' }, { literal: 'Cited Test Consortium' }],
  doi: '10.5555/cited.k2.2021',
  url: 'https://doi.org/10.5555/cited.k2.2021',
}

describe('what a lookup writes into the draft', () => {
  test('an empty form: every found field, authors with keys', () => {
    let n = 0
    const { set, kept } = lookupPatch({ _id: 'drafts.x', accessedAt: '2026-12-07' }, FOUND, () => `k${++n}`)
    expect(set).toEqual({
      ...FOUND,
      authors: [
        { _key: 'k1', family: 'Testwell', given: 'Ada' },
        { _key: 'k2', literal: 'Cited Test Consortium' },
      ],
    })
    expect(kept).toEqual([])
  })

  test('what the editor typed is kept, and named when the lookup disagrees', () => {
    const { set, kept } = lookupPatch(
      {
        title: 'My own title',
        url: FOUND.url,
        authors: [
          { _key: 'a', family: 'Testwell', given: 'Ada' },
          { _key: 'b', literal: 'Cited Test Consortium' },
        ],
      },
      FOUND,
    )
    expect(set).toEqual({ type: 'article-journal', doi: '10.5555/cited.k2.2021' })
    expect(kept).toEqual(['title'])
  })
})

describe('asking the site', () => {
  test('sends the Studio token as a bearer token and returns the fields', async () => {
    const fetcher = vi.fn(async () => Response.json({ input: {}, fields: FOUND }))
    expect(await requestLookup('10.5555/cited.k2.2021', 'tok', fetcher)).toEqual({ fields: FOUND })
    expect(fetcher).toHaveBeenCalledWith(
      '/api/references/lookup',
      expect.objectContaining({ headers: expect.objectContaining({ authorization: 'Bearer tok' }) }),
    )
  })

  test('the route’s reason reaches the editor; no token, no request', async () => {
    const fetcher = vi.fn(async () => Response.json({ error: 'No record found for 10.5555/x.' }, { status: 404 }))
    expect(await requestLookup('10.5555/x', 'tok', fetcher)).toEqual({ error: 'No record found for 10.5555/x.' })
    const unused = vi.fn()
    expect(await requestLookup('10.5555/x', undefined, unused)).toMatchObject({ error: expect.stringMatching(/session token/) })
    expect(unused).not.toHaveBeenCalled()
  })
})
