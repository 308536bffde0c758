import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { listOf } from './fragments'

const post = z.object({ slug: z.string(), title: z.string() })
const posts = listOf(post, 'post')

describe('listOf', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps a well-formed list as it is, and reads a missing one as empty', () => {
    const items = [
      { slug: 'a', title: 'A' },
      { slug: 'b', title: 'B' },
    ]
    expect(posts.parse(items)).toEqual(items)
    expect(posts.parse(null)).toEqual([])
    expect(posts.parse(undefined)).toEqual([])
  })

  it('skips references to deleted documents and leaves out malformed items, naming them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(posts.parse([{ slug: 'a', title: 'A' }, null, { slug: 'b' }, { slug: 'c', title: 'C' }])).toEqual([
      { slug: 'a', title: 'A' },
      { slug: 'c', title: 'C' },
    ])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/left out a malformed post: .* at title/)
  })

  it('rejects a value that is not a list at all', () => {
    expect(posts.safeParse({ slug: 'a' }).success).toBe(false)
  })
})
