import { createElement, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { FormValueProvider, type BlockAnnotationProps, type FormDocumentValue } from 'sanity'
import { describe, expect, test } from 'vitest'
import { citationMarkerNumbers, markerId } from '../lib/works-cited'
import { CitationMarker } from './CitationMarker'

const ref = (_ref: string) => ({ _type: 'reference', _ref })
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: text.slice(0, 8), text, marks })
type MarkDef = { _type: string; _key: string; citation?: { _ref: string } }
const block = (_key: string, markDefs: MarkDef[], children: object[]) => ({ _type: 'block', _key, style: 'normal', markDefs, children })

// Works cited lists B before A, but the text cites A first: A is [1], B is [2].
const post = {
  _id: 'drafts.post-1',
  _type: 'post',
  worksCited: [
    { ...ref('citation-b'), _key: 'w1' },
    { ...ref('citation-a'), _key: 'w2' },
    { ...ref('citation-c'), _key: 'w3' },
  ],
  body: [
    block('p1', [{ _type: 'citationRef', _key: 'm1', citation: ref('citation-a') }], [span('A says so', ['m1']), span('.')]),
    block(
      'p2',
      [
        { _type: 'citationRef', _key: 'm1', citation: ref('citation-b') },
        { _type: 'citationRef', _key: 'm2', citation: ref('citation-a') },
        { _type: 'citationRef', _key: 'm3' },
        { _type: 'citationRef', _key: 'm4', citation: ref('citation-not-listed') },
      ],
      [span('B agrees', ['m1']), span(' and A again', ['m2']), span(' and a new marker', ['m3']), span(' and a stray', ['m4'])],
    ),
  ],
}

describe('citation markers in the body editor', () => {
  test('are numbered as readers see them: by first citation in the text, not by the Works cited order', () => {
    const numbers = citationMarkerNumbers(post.worksCited, post.body)
    expect(Object.fromEntries(numbers)).toEqual({
      [markerId('p1', 'm1')]: 1,
      [markerId('p2', 'm1')]: 2,
      [markerId('p2', 'm2')]: 1,
      [markerId('p2', 'm3')]: null,
      [markerId('p2', 'm4')]: null,
    })
  })

  // The annotation component as the Studio renders it: the marked words, then the [n].
  function renderMarker(blockKey: string, markKey: string, path: unknown[] = ['body', { _key: blockKey }, 'markDefs', { _key: markKey }]) {
    const value = post.body.find((b) => b._key === blockKey)!.markDefs.find((def) => def._key === markKey)
    const props = {
      path,
      value,
      renderDefault: () => createElement('span', { 'data-annotation': '' }, 'marked words') as ReactNode,
    } as unknown as BlockAnnotationProps
    return renderToStaticMarkup(
      createElement(
        FormValueProvider as (props: { value: FormDocumentValue; children?: ReactNode }) => ReactNode,
        { value: post as unknown as FormDocumentValue },
        createElement(CitationMarker, props),
      ),
    )
  }

  test('show the number after the marked words', () => {
    expect(renderMarker('p2', 'm1')).toMatch(/data-citation-number="\[2\]"[^>]*>.*marked words/)
    expect(renderMarker('p2', 'm2')).toContain('data-citation-number="[1]"')
  })

  test('show [?] until a source from Works cited is picked', () => {
    expect(renderMarker('p2', 'm3')).toContain('data-citation-number="[?]"')
    expect(renderMarker('p2', 'm4')).toContain('data-citation-number="[?]"')
  })

  // The Studio renders a marker just added before its form member exists, with an empty path
  // (sanity's Annotation: `memberItem?.node.path || EMPTY_ARRAY`); that render threw, and the
  // Citation button then did nothing.
  test('show [?] while the Studio has not placed a new marker yet (an empty path)', () => {
    expect(renderMarker('p2', 'm1', [])).toContain('data-citation-number="[?]"')
  })
})
