import { describe, expect, it } from 'vitest'
import { parseHighlightText } from './highlights'

describe('parseHighlightText', () => {
  it('turns "- " lines into one list between paragraphs', () => {
    expect(parseHighlightText('Research suggests support for:\n- Bone health\n- Heart health\n\nStudies mostly in older adults.')).toEqual([
      { kind: 'paragraph', text: 'Research suggests support for:' },
      { kind: 'list', items: ['Bone health', 'Heart health'] },
      { kind: 'paragraph', text: 'Studies mostly in older adults.' },
    ])
  })

  it('keeps a dash inside a sentence as text and handles Windows line ends', () => {
    expect(parseHighlightText('Bone health – density\r\n-not a bullet')).toEqual([
      { kind: 'paragraph', text: 'Bone health – density' },
      { kind: 'paragraph', text: '-not a bullet' },
    ])
  })

  it('returns nothing for empty text', () => {
    expect(parseHighlightText('')).toEqual([])
    expect(parseHighlightText(null)).toEqual([])
  })
})
