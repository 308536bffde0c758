import { describe, expect, it } from 'vitest'
import { numberCitations } from './citations'

const cited = (key: string, ref: string | undefined) => ({
  _type: 'citationRef',
  _key: key,
  citation: ref ? { _type: 'reference', _ref: ref } : undefined,
})
type MarkDef = { _type: string; _key: string; [key: string]: unknown }
const block = (key: string, markDefs: MarkDef[]) => ({ _type: 'block', _key: key, markDefs, children: [] })

describe('numberCitations', () => {
  const worksCited = [{ _id: 'citation-pmc' }, { _id: 'citation-ods' }, { _id: 'citation-mayo' }]

  it('numbers by first citation in the body (reading order), lists in that order, and puts uncited sources last', () => {
    const { body, citations } = numberCitations(worksCited, [
      block('p1', [cited('m1', 'citation-ods'), { _type: 'link', _key: 'l', href: 'https://x.org' }]),
      block('p2', [cited('m2', 'citation-pmc'), cited('m3', 'citation-ods')]),
    ])
    expect(body[0]!.markDefs).toEqual([
      { ...cited('m1', 'citation-ods'), number: 1, anchorId: 'cite-1-ref-1' },
      { _type: 'link', _key: 'l', href: 'https://x.org' },
    ])
    expect(body[1]!.markDefs).toEqual([
      { ...cited('m2', 'citation-pmc'), number: 2, anchorId: 'cite-2-ref-1' },
      { ...cited('m3', 'citation-ods'), number: 1, anchorId: 'cite-1-ref-2' },
    ])
    expect(
      citations.map(({ number, cited, citation, anchorId, backlinks }) => ({ number, cited, id: citation._id, anchorId, backlinks })),
    ).toEqual([
      { number: 1, cited: true, id: 'citation-ods', anchorId: 'cite-1', backlinks: ['cite-1-ref-1', 'cite-1-ref-2'] },
      { number: 2, cited: true, id: 'citation-pmc', anchorId: 'cite-2', backlinks: ['cite-2-ref-1'] },
      { number: 3, cited: false, id: 'citation-mayo', anchorId: 'cite-3', backlinks: [] },
    ])
  })

  it('reads a block in the order of its spans, not of its mark definitions', () => {
    const paragraph = {
      ...block('p', [cited('late', 'citation-pmc'), cited('early', 'citation-mayo')]),
      children: [
        { _type: 'span', _key: 's1', text: 'First claim', marks: ['early'] },
        { _type: 'span', _key: 's2', text: ' and second', marks: ['strong', 'late'] },
      ],
    }
    const { citations } = numberCitations(worksCited, [paragraph])
    expect(citations.filter((entry) => entry.cited).map((entry) => entry.citation._id)).toEqual(['citation-mayo', 'citation-pmc'])
  })

  it('numbers two markers on the same words in the order the page shows them (the inner mark’s marker first)', () => {
    const paragraph = {
      ...block('p', [cited('outer', 'citation-pmc'), cited('inner', 'citation-mayo')]),
      children: [
        { _type: 'span', _key: 's1', text: 'Both say so', marks: ['outer', 'inner'] },
        { _type: 'span', _key: 's2', text: ' and more', marks: ['outer'] },
      ],
    }
    const { citations } = numberCitations(worksCited, [paragraph])
    expect(citations.filter((entry) => entry.cited).map((entry) => entry.citation._id)).toEqual(['citation-mayo', 'citation-pmc'])
  })

  it('leaves a marker unnumbered when its citation is not in the works cited or is missing', () => {
    const { body, citations } = numberCitations(worksCited, [block('p', [cited('a', 'citation-gone'), cited('b', undefined)])])
    expect(body[0]!.markDefs).toEqual([
      { ...cited('a', 'citation-gone'), number: null },
      { ...cited('b', undefined), number: null },
    ])
    expect(citations.every((entry) => entry.backlinks.length === 0)).toBe(true)
  })

  it('lists a citation once when it is listed twice', () => {
    const { citations } = numberCitations([{ _id: 'a' }, { _id: 'b' }, { _id: 'a' }], [])
    expect(citations.map((entry) => [entry.number, entry.citation._id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  it('returns blocks without citation marks unchanged', () => {
    const plain = block('p', [])
    const image = { _type: 'image', _key: 'i' }
    const { body } = numberCitations(worksCited, [plain, image])
    expect(body[0]).toBe(plain)
    expect(body[1]).toBe(image)
  })
})
