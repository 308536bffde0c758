import { describe, expect, test } from 'vitest'
import { htmlToTextBlocks } from './html-text'
import { parseTextDirective, parseTextDirectives, textFragmentsFound, withoutFragment } from './text-fragment'

describe('parsing text directives (WICG text fragments)', () => {
  test('a range directive like the one in the demo’s works cited: textStart and textEnd, percent-decoded', () => {
    const url =
      'https://www.mailledevlin.com/post/guide#:~:text=Clinical%20studies%20show%20that%20the,those%20taking%20vitamin%20D3%20alone.'
    expect(parseTextDirectives(url)).toEqual([
      { prefix: null, textStart: 'Clinical studies show that the', textEnd: 'those taking vitamin D3 alone.', suffix: null },
    ])
    expect(withoutFragment(url)).toBe('https://www.mailledevlin.com/post/guide')
  })

  test('prefix- and -suffix, with encoded commas and dashes inside terms', () => {
    expect(parseTextDirective('an%2C-,well-known%2C%20text,-end%2Dpart')).toEqual({
      prefix: 'an,',
      textStart: 'well-known, text',
      textEnd: null,
      suffix: 'end-part',
    })
    expect(parseTextDirective('pre-,start,end,-suf')).toEqual({ prefix: 'pre', textStart: 'start', textEnd: 'end', suffix: 'suf' })
  })

  test('several directives, other directives ignored, an element fragment before :~: kept apart', () => {
    expect(parseTextDirectives('https://x.example/#section:~:text=one&unknown=1&text=two').map((d) => d.textStart)).toEqual(['one', 'two'])
  })

  test('malformed directives are ignored, as browsers do', () => {
    for (const value of ['', 'a,b,c', '-,x', 'a,,b', '%E0%A4%A', 'pre-,-suf']) expect(parseTextDirective(value), value).toBeNull()
    expect(parseTextDirectives('https://x.example/#:~:text=')).toEqual([])
    expect(parseTextDirectives('https://x.example/#text=plain-anchor')).toEqual([])
  })
})

describe('finding the cited text on a page', () => {
  const blocks = htmlToTextBlocks(`<article><h2>Results</h2>
    <p>Clinical <a href="/s">studies</a> show that   the combination <strong>works</strong>.</p>
    <p>Among those taking vitamin D3 alone, less so.</p>
    <ul><li>納豆はビタミンK2が豊富です</li></ul></article>`)
  const found = (fragment: string) => textFragmentsFound(`https://x.example/#:~:text=${fragment}`, blocks)

  test('across inline elements and collapsed whitespace, case-insensitively', () => {
    expect(found('clinical%20STUDIES%20show%20that%20the')).toBe(true)
  })

  test('a range whose end is in a later block', () => {
    expect(found('Clinical%20studies,vitamin%20D3%20alone')).toBe(true)
    expect(found('vitamin%20D3%20alone,Clinical%20studies')).toBe(false)
  })

  test('never across a block boundary within one term', () => {
    expect(found('works.%20Among')).toBe(false)
  })

  test('only whole words', () => {
    expect(found('stud')).toBe(false)
    expect(found('studies')).toBe(true)
  })

  test('prefix and suffix must touch the text', () => {
    expect(found('Clinical-,studies,-show')).toBe(true)
    expect(found('Results-,Clinical')).toBe(true) // only a block boundary between
    expect(found('Results-,studies')).toBe(false)
    expect(found('studies,-that')).toBe(false)
  })

  test('scripts without spaces match by Unicode word boundaries', () => {
    expect(found('%E3%83%93%E3%82%BF%E3%83%9F%E3%83%B3K2')).toBe(true) // ビタミンK2
  })

  test('null for a URL without a text directive', () => {
    expect(textFragmentsFound('https://x.example/#top', blocks)).toBeNull()
  })
})
