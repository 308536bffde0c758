import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { RichText } from '@/components/rich-text/RichText'
import { describeCitation } from '@/lib/content/citation-format'
import { videoPlayer } from '@/lib/content/video'
import type { PortableTextBlocks } from '@/lib/queries/post'
import { citationOds, goodDataset, goodPost } from './fixtures'
import { describeMarkers, validateIn } from './validate'

/**
 * One URL policy: whatever the Studio lets an editor save, the site renders as a link (or
 * player), and whatever the Studio refuses, the site refuses too. Each case goes through
 * Sanity's own validator on a real document and through the renderer; the answers must agree.
 */
const studioAccepts = async (document: Record<string, unknown>, field: string) =>
  !describeMarkers(await validateIn(document as unknown as SanityDocument, goodDataset), 'error').some((line) => line.includes(field))

const bodyLinkCases = [
  'https://example.org/a?b=c#d',
  'http://example.org',
  'mailto:editor@example.org',
  'tel:+15551234567',
  '/blog/vitamin-d',
  '#works-cited',
  '?q=calcium',
  ' /blog/with-spaces-around ',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:x',
  '//evil.example/path',
  '/\\evil.example',
  '\\\\evil.example',
  '/blog/\u0000x',
  'blog/relative-without-slash',
  'https://',
  'ftp://example.org/file',
]

describe('body links: the Studio and the renderer agree', () => {
  test.each(bodyLinkCases)('%j', async (href) => {
    const post = {
      ...goodPost,
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [{ _type: 'link', _key: 'l1', href }],
          children: [{ _type: 'span', _key: 's1', text: 'a link', marks: ['l1'] }],
        },
      ],
    }
    const rendered = renderToStaticMarkup(createElement(RichText, { value: post.body as PortableTextBlocks })).includes('<a ')
    expect(await studioAccepts(post, 'href')).toBe(rendered)
  })
})

const sourceUrlCases = [
  'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  'http://example.org/page',
  'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/#:~:text=vitamin%20K2,-activates',
  'javascript:alert(1)',
  'data:text/html,hi',
  'ftp://example.org/file',
  '/blog/post',
  'example.org',
  'https://',
  'https://example.org/\u0007bell',
]

describe('works-cited URLs: the Studio and the renderer agree', () => {
  test.each(sourceUrlCases)('%j', async (url) => {
    const citation = { ...citationOds, url }
    const linked = describeCitation({ ...citation, type: 'government', authors: null }).url !== undefined
    expect(await studioAccepts(citation, 'url')).toBe(linked)
  })
})

const videoCases = [
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://youtu.be/dQw4w9WgXcQ?t=10',
  'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
  'https://vimeo.com/76979871',
  'https://player.vimeo.com/video/76979871',
  'https://www.youtube.com/watch?v=bad%22id',
  'https://www.youtube.com/channel/xyz',
  'https://youtube.com.evil.example/watch?v=x',
  'javascript:alert(1)',
]

describe('video embeds: the Studio and the renderer agree', () => {
  test.each(videoCases)('%j', async (url) => {
    const post = { ...goodPost, body: [{ _type: 'videoEmbed', _key: 'v1', url }] }
    expect(await studioAccepts(post, 'url')).toBe(videoPlayer(url) !== null)
  })
})
