import { describe, expect, it } from 'vitest'
import { bodyRuns } from './body-runs'

const text = (key: string) => ({ _type: 'block', _key: key })
const video = (key: string) => ({ _type: 'videoEmbed', _key: key })

describe('bodyRuns', () => {
  it('keeps a body without videos in one static run', () => {
    expect(bodyRuns([text('a'), text('b'), text('c')])).toEqual([
      { key: 'a', interactive: false, blocks: [text('a'), text('b'), text('c')] },
    ])
  })

  it('puts each video on its own between the text around it', () => {
    const runs = bodyRuns([text('a'), video('v1'), video('v2'), text('b'), text('c'), video('v3')])
    expect(runs.map((run) => [run.key, run.interactive, run.blocks.length])).toEqual([
      ['a', false, 1],
      ['v1', true, 1],
      ['v2', true, 1],
      ['b', false, 2],
      ['v3', true, 1],
    ])
  })

  it('has no runs for an empty body', () => {
    expect(bodyRuns([])).toEqual([])
  })
})
