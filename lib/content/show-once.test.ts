import { describe, expect, it } from 'vitest'
import { showOnce } from './show-once'

const ids = (lists: { _id: string }[][]) => lists.map((list) => list.map((item) => item._id))
const posts = (...list: string[]) => list.map((_id) => ({ _id }))

describe('showOnce', () => {
  it('drops from a later list what an earlier list shows, and tops it up from its spare candidates', () => {
    const lists = showOnce(
      [
        { candidates: posts('a', 'b', 'c'), limit: 3 },
        { candidates: posts('b', 'd'), limit: 1 },
        { candidates: posts('e', 'f'), limit: 1 },
      ],
      (post) => post._id,
    )
    expect(ids(lists)).toEqual([['a', 'b', 'c'], ['d'], ['e']])
  })

  it('never repeats an item within one list and never takes more than its limit', () => {
    expect(ids(showOnce([{ candidates: posts('a', 'a', 'b', 'c'), limit: 2 }], (post) => post._id))).toEqual([['a', 'b']])
  })

  it('leaves out the excluded ids (the post being read) and lets a list come up short rather than repeat', () => {
    const lists = showOnce(
      [
        { candidates: posts('self', 'a'), limit: 2 },
        { candidates: posts('a'), limit: 1 },
      ],
      (post) => post._id,
      ['self'],
    )
    expect(ids(lists)).toEqual([['a'], []])
  })
})
