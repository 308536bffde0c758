import { describe, expect, it } from 'vitest'
import { recallIsland, rememberIsland } from './island-store'

describe('the static-island store', () => {
  it('hands each island its own content', () => {
    const first = rememberIsland({ text: 'one' })
    const second = rememberIsland({ text: 'two' })
    expect(first).not.toBe(second)
    expect(recallIsland(second)).toEqual({ text: 'two' })
    expect(recallIsland(first)).toEqual({ text: 'one' })
  })

  it('lets content go a minute after it was stored, and says so rather than render an empty island', () => {
    const start = Date.now()
    const old = rememberIsland({ text: 'old' }, start)
    rememberIsland({ text: 'new' }, start + 61_000)
    expect(() => recallIsland(old)).toThrow(/no content in this process/)
  })
})
