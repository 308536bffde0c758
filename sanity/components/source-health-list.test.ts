import { describe, expect, test } from 'vitest'
import { createGroqClient } from '@/lib/validation/groq-client'
import { healthDocumentId, SOURCE_HEALTH_TYPE } from '@/lib/sources-health/health'
import { sourceHealthListQuery } from './SourceHealthList'

const citation = (_id: string, title: string) => ({ _id, _type: 'citation', title, url: `https://example.org/${_id}` })
const health = (citationId: string, status: string) => ({
  _id: healthDocumentId(citationId),
  _type: SOURCE_HEALTH_TYPE,
  citation: { _type: 'reference', _ref: citationId, _weak: true },
  url: `https://example.org/${citationId}`,
  status,
  checkedAt: '2026-12-01T08:00:00Z',
})
const post = (_id: string, cites: string[]) => ({ _id, _type: 'post', worksCited: cites.map((_ref, i) => ({ _key: `w${i}`, _ref })) })

describe('a Source health list', () => {
  const documents = [
    citation('c-gone', 'A page that is gone'),
    citation('c-cited', 'A broken source two posts cite'),
    citation('c-fine', 'A healthy source'),
    health('c-gone', 'broken'),
    health('c-cited', 'broken'),
    health('c-fine', 'ok'),
    post('p1', ['c-cited']),
    post('p2', ['c-cited', 'c-fine']),
    // A draft does not count: readers do not see it.
    post('drafts.p3', ['c-gone']),
  ]

  test('lists the sources in its state, most cited first, each with the posts readers see citing it', async () => {
    const rows = await createGroqClient(documents).fetch<Array<{ citationId: string; posts: number }>>(
      sourceHealthListQuery('status == "broken"'),
      { healthType: SOURCE_HEALTH_TYPE },
    )
    expect(rows.map(({ citationId, posts }) => ({ citationId, posts }))).toEqual([
      { citationId: 'c-cited', posts: 2 },
      { citationId: 'c-gone', posts: 0 },
    ])
  })
})
