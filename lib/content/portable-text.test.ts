import { describe, expect, it } from 'vitest'
import { cleanPortableText } from './portable-text'

const span = (text: string) => ({ _type: 'span', _key: text, text, marks: [] })

describe('cleanPortableText', () => {
  it('keeps well-formed blocks as they are', () => {
    const blocks = [
      { _type: 'block', _key: 'a', style: 'normal', markDefs: [], children: [span('kept')] },
      { _type: 'videoEmbed', _key: 'v' },
    ]
    const problems: string[] = []
    const cleaned = cleanPortableText(blocks, (problem) => problems.push(problem))
    expect(cleaned).toEqual(blocks)
    expect(cleaned[0]).toBe(blocks[0])
    expect(problems).toEqual([])
  })

  it('skips a null or textless span and a null or keyless mark definition, naming the block', () => {
    const problems: string[] = []
    const cleaned = cleanPortableText(
      [
        null,
        {
          _type: 'block',
          _key: 'b1',
          markDefs: [null, { _type: 'link', href: 'https://example.org' }, { _type: 'link', _key: 'l', href: 'https://example.org' }],
          children: [null, span('kept'), { _type: 'span', _key: 'n', text: null }],
        },
        { _type: 'callout', _key: 'c', body: [{ _type: 'block', _key: 'b2', children: [null, span('inside')] }] },
      ],
      (problem) => problems.push(problem),
    )
    expect(cleaned).toEqual([
      {
        _type: 'block',
        _key: 'b1',
        markDefs: [{ _type: 'link', _key: 'l', href: 'https://example.org' }],
        children: [span('kept')],
      },
      { _type: 'callout', _key: 'c', body: [{ _type: 'block', _key: 'b2', children: [span('inside')], markDefs: [] }] },
    ])
    expect(problems).toEqual([
      'block b1: skipped a malformed span',
      'block b1: skipped a malformed span',
      'block b1: ignored a malformed mark definition',
      'block b1: ignored a malformed mark definition',
      'block b2: skipped a malformed span',
    ])
  })
})
