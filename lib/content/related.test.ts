import { describe, expect, it } from 'vitest'
import { rankRelatedPosts } from './related'

const post = (_id: string, publishedAt: string, shared = 0) => ({ _id, publishedAt, shared })

describe('rankRelatedPosts', () => {
  it("puts the editor's picks first, in their order", () => {
    const picked = rankRelatedPosts({
      selfId: 'post-d3-k2',
      curated: [post('post-b17', '2024-01-01'), post('post-b', '2023-01-01')],
      candidates: [post('post-k2', '2025-01-01', 5)],
    })
    expect(picked.map((p) => p._id)).toEqual(['post-b17', 'post-b', 'post-k2'])
  })

  it('tops up by most shared categories and tags, newest first among equals', () => {
    const picked = rankRelatedPosts({
      selfId: 'self',
      curated: [],
      candidates: [
        post('old-2', '2024-01-01', 2),
        post('new-1', '2025-05-01', 1),
        post('new-2', '2025-01-01', 2),
        post('older-1', '2023-01-01', 1),
      ],
    })
    expect(picked.map((p) => p._id)).toEqual(['new-2', 'old-2', 'new-1'])
  })

  it('never returns the post itself or the same post twice, and stops at the limit', () => {
    const picked = rankRelatedPosts({
      selfId: 'self',
      curated: [post('self', '2025-01-01'), post('a', '2025-01-01'), post('a', '2025-01-01')],
      candidates: [
        post('a', '2025-01-01', 3),
        post('self', '2025-01-01', 9),
        post('b', '2024-01-01', 1),
        post('c', '2023-01-01', 1),
        post('d', '2022-01-01', 1),
      ],
    })
    expect(picked.map((p) => p._id)).toEqual(['a', 'b', 'c'])
  })

  it('keeps every curated pick even beyond the limit', () => {
    const curated = ['a', 'b', 'c', 'd'].map((id) => post(id, '2025-01-01'))
    expect(rankRelatedPosts({ selfId: 'self', curated, candidates: [post('e', '2025-01-01', 1)] }).map((p) => p._id)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ])
  })
})
