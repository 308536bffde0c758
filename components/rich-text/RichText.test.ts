import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { PLAY_IN_PLACE_SCRIPT } from '@/lib/video-player/play-in-place'
import { describe, expect, it } from 'vitest'
import { headingAnchors } from '@/lib/content/toc'
import type { PortableTextBlocks } from '@/lib/queries/post'
import { RichText } from './RichText'

let keys = 0
const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s${keys++}`, text, marks })
const block = (children: object[], extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: `b${keys++}`,
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
})
const render = (value: object[], options: Omit<Parameters<typeof RichText>[0], 'value'> = {}) =>
  renderToStaticMarkup(createElement(RichText, { value: value as PortableTextBlocks, ...options }))

describe('RichText links', () => {
  it('renders script and data links as plain text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
    ]) {
      const html = render([block([span('click me', ['l'])], { markDefs: [{ _type: 'link', _key: 'l', href }] })])
      expect(html, href).toBe('<p>click me</p>')
    }
  })

  it('keeps safe links; external ones get noopener noreferrer', () => {
    const html = render([
      block([span('NIH', ['a']), span(' and '), span('us', ['b']), span(' or '), span('mail', ['c'])], {
        markDefs: [
          { _type: 'link', _key: 'a', href: 'https://ods.od.nih.gov/' },
          { _type: 'link', _key: 'b', href: '/blog/vitamin-b' },
          { _type: 'link', _key: 'c', href: 'mailto:editor@example.org' },
        ],
      }),
    ])
    expect(html).toBe(
      '<p><a href="https://ods.od.nih.gov/" rel="noopener noreferrer">NIH</a> and <a href="/blog/vitamin-b">us</a> or <a href="mailto:editor@example.org">mail</a></p>',
    )
  })
})

describe('RichText held-back content', () => {
  it('skips unknown block types and keeps the text of unknown marks', () => {
    const html = render([
      { _type: 'pollWidget', _key: 'x', question: 'Do you?' },
      block([span('kept', ['sparkle'])], { markDefs: [{ _type: 'sparkle', _key: 'sparkle' }] }),
      block([span('also kept', ['unknownDecorator'])]),
    ])
    expect(html).toBe('<p>kept</p><p>also kept</p>')
  })

  it('drops empty paragraphs, images without an asset and videos from other hosts', () => {
    const html = render([
      block([span('  ')]),
      { _type: 'image', _key: 'i', alt: 'gone' },
      { _type: 'videoEmbed', _key: 'v', url: 'https://evil.example/watch?v=1' },
      { _type: 'callout', _key: 'c' },
    ])
    expect(html).toBe('')
  })

  it('leaves a marker out when its citation is missing from the works cited', () => {
    const html = render([
      block([span('A claim', ['m'])], {
        markDefs: [{ _type: 'citationRef', _key: 'm', citation: { _ref: 'citation-gone' }, number: null }],
      }),
    ])
    expect(html).toBe('<p>A claim</p>')
  })

  it('renders a numbered marker that links to its entry, named for it and described by its title', () => {
    const html = render(
      [
        block([span('Vitamin D helps absorb calcium', ['m'])], {
          markDefs: [{ _type: 'citationRef', _key: 'm', number: 2, anchorId: 'cite-2-ref-1' }],
        }),
      ],
      { citedNumbers: new Set([2]) },
    )
    expect(html).toBe(
      '<p>Vitamin D helps absorb calcium<sup class="cite-marker"><a href="#cite-2" id="cite-2-ref-1" aria-label="Source 2" aria-describedby="cite-2-title">[2]</a></sup></p>',
    )
  })
})

describe('RichText blocks', () => {
  it('gives headings their anchor ids and self-links, in any script', () => {
    const blocks = [block([span('Why it matters')], { style: 'h2' }), block([span('納豆とは')], { style: 'h3' })]
    const html = render(blocks, { headings: headingAnchors(blocks as never) })
    expect(html).toBe(
      '<h2 id="why-it-matters" class="anchored"><a href="#why-it-matters" class="heading-link">Why it matters</a></h2>' +
        '<h3 id="納豆とは" class="anchored"><a href="#納豆とは" class="heading-link">納豆とは</a></h3>',
    )
  })

  it('renders lists with bold lead-ins', () => {
    const html = render([
      block([span('Bone health:', ['strong']), span(' density')], { listItem: 'bullet', level: 1 }),
      block([span('Heart health')], { listItem: 'bullet', level: 1 }),
    ])
    expect(html).toBe('<ul><li><strong>Bone health:</strong> density</li><li>Heart health</li></ul>')
  })

  it('renders images with size and caption, and callouts by tone', () => {
    const html = render([
      {
        _type: 'image',
        _key: 'i',
        url: '/media/a-800x600.jpg',
        width: 800,
        height: 600,
        crop: { top: 0, bottom: 0.5, left: 0, right: 0 },
        alt: 'Natto in a bowl',
        caption: 'Natto',
      },
      { _type: 'callout', _key: 'c', tone: 'warning', body: [block([span('Talk to your doctor.')])] },
      { _type: 'callout', _key: 'd', tone: 'shouting', body: [block([span('Unknown tone.')])] },
    ])
    // Cropped to its top half, at the widths the body column can use, never wider than the original.
    expect(html).toContain('<img src="/media/a-800x600.jpg?rect=0,0,800,300&amp;w=800&amp;auto=format" srcSet="')
    expect(html).toContain('/media/a-800x600.jpg?rect=0,0,800,300&amp;w=320&amp;auto=format 320w')
    expect(html).toContain(
      ' 800w" sizes="(min-width: 46rem) 42rem, calc(100vw - 2.5rem)" width="800" height="300" alt="Natto in a bowl" decoding="async" loading="lazy"/>',
    )
    expect(html).toContain('<figcaption>Natto</figcaption>')
    expect(html).toContain(
      '<div class="callout callout-warning" role="note"><p class="callout-label">Warning</p><p>Talk to your doctor.</p></div>',
    )
    expect(html).toContain('<div class="callout callout-info" role="note"><p class="callout-label">Note</p>')
  })

  it('renders a video as a play control with no third-party frame until clicked, a real link without JavaScript', () => {
    const html = render([
      { _type: 'videoEmbed', _key: 'v', url: 'https://www.youtube.com/watch?v=abc123XYZ_-', caption: 'How skin makes vitamin D' },
    ])
    // The link to the video's page works without JavaScript; the play-in-place script reads the player from it.
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=abc123XYZ_-" rel="noopener noreferrer" class="video-play" data-player-src="https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1&amp;rel=0" data-player-title="How skin makes vitamin D">',
    )
    expect(html).toContain(`<script>${PLAY_IN_PLACE_SCRIPT}</script>`)
    expect(html).toContain('Play video<span class="visually-hidden">: How skin makes vitamin D</span>')
    expect(html).not.toContain('<iframe')
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=abc123XYZ_-" rel="noopener noreferrer">Watch on YouTube</a>')
  })
})
