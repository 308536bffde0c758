import { describe, expect, it } from 'vitest'
import { blockText, headingAnchors, slugifyHeading, tableOfContents } from './toc'

const heading = (key: string, style: string, text: string) => ({
  _type: 'block',
  _key: key,
  style,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})
const paragraph = (key: string, text: string) => heading(key, 'normal', text)

describe('slugifyHeading', () => {
  it('makes readable ids from heading text', () => {
    expect(slugifyHeading('How Do Vitamin D3 and K2 Work Together?')).toBe('how-do-vitamin-d3-and-k2-work-together')
    expect(slugifyHeading('Café & Crème')).toBe('cafe-creme')
  })

  it('keeps letters of non-Latin scripts', () => {
    expect(slugifyHeading('ビタミンD とは')).toBe('ビタミンd-とは')
    expect(slugifyHeading('Витамин K2')).toBe('витамин-k2')
  })
})

describe('headingAnchors', () => {
  it('collects h2–h4 in order with unique ids and skips other blocks', () => {
    const anchors = headingAnchors([
      heading('a', 'h2', 'Benefits'),
      paragraph('p', 'Text'),
      heading('b', 'h3', 'Benefits'),
      { _type: 'image', _key: 'img' },
      heading('c', 'h2', 'Benefits'),
      heading('d', 'h4', 'Safety'),
    ])
    expect(anchors).toEqual([
      { key: 'a', id: 'benefits', text: 'Benefits', level: 2 },
      { key: 'b', id: 'benefits-2', text: 'Benefits', level: 3 },
      { key: 'c', id: 'benefits-3', text: 'Benefits', level: 2 },
      { key: 'd', id: 'safety', text: 'Safety', level: 4 },
    ])
  })

  it('never reuses a reserved id or the works-cited anchors', () => {
    const anchors = headingAnchors([heading('a', 'h2', 'Works cited'), heading('b', 'h2', 'Cite 1')], ['works-cited'])
    expect(anchors.map((anchor) => anchor.id)).toEqual(['works-cited-2', 'section-cite-1'])
  })

  it('skips empty headings and gives symbol-only headings a section id', () => {
    const anchors = headingAnchors([heading('a', 'h2', '   '), heading('b', 'h2', '???')])
    expect(anchors).toEqual([{ key: 'b', id: 'section-1', text: '???', level: 2 }])
  })
})

describe('tableOfContents', () => {
  it('lists h2 sections once there are three or more', () => {
    const three = headingAnchors([
      heading('a', 'h2', 'One'),
      heading('x', 'h3', 'Sub'),
      heading('b', 'h2', 'Two'),
      heading('c', 'h2', 'Three'),
    ])
    expect(tableOfContents(three).map((entry) => entry.text)).toEqual(['One', 'Two', 'Three'])
  })

  it('is empty for two sections', () => {
    expect(tableOfContents(headingAnchors([heading('a', 'h2', 'One'), heading('b', 'h2', 'Two')]))).toEqual([])
  })
})

describe('blockText', () => {
  it('joins span text and ignores anything else', () => {
    expect(blockText({ _type: 'block', children: [{ text: 'a' }, { _type: 'inline' }, { text: 'b' }] })).toBe('ab')
    expect(blockText({ _type: 'block' })).toBe('')
  })
})
