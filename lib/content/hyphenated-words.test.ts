import { describe, expect, it } from 'vitest'
import { hyphenatedWords } from './hyphenated-words'

describe('hyphenatedWords', () => {
  it('marks hyphenated words to keep whole and leaves the text between them as it is', () => {
    expect(hyphenatedWords('Omega-3 Supplements and Heart-Healthy Eating')).toEqual([
      { text: 'Omega-3', keepWhole: true },
      { text: ' Supplements and ', keepWhole: false },
      { text: 'Heart-Healthy', keepWhole: true },
      { text: ' Eating', keepWhole: false },
    ])
  })

  it('keeps the whole title when nothing is hyphenated, and lets a very long compound break', () => {
    expect(hyphenatedWords('Vitamin D3 and K2')).toEqual([{ text: 'Vitamin D3 and K2', keepWhole: false }])
    expect(hyphenatedWords('state-of-the-art-evidence-synthesis')).toEqual([
      { text: 'state-of-the-art-evidence-synthesis', keepWhole: false },
    ])
    // A dash between words is not a hyphenated word.
    expect(hyphenatedWords('Cold - not ready')).toEqual([{ text: 'Cold - not ready', keepWhole: false }])
  })
})
