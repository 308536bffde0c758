import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '@/tests/support/render-html'
import { worksCitedSources } from '@/lib/content/citation-format'
import type { PostPage } from '@/lib/queries/post'
import { WorksCited } from './WorksCited'

type Entry = PostPage['citations'][number]

const render = (retraction: unknown) =>
  renderHtml(
    createElement(WorksCited, {
      summary: '1 source',
      sources: worksCitedSources([
        {
          number: 1,
          cited: true,
          backlinks: ['cite-1-ref-1'],
          citation: {
            title: 'Vitamin K2 and arterial stiffness in a test cohort',
            site: 'Journal of Test Nutrition',
            url: 'https://doi.org/10.5555/cited.k2.2021',
            accessedAt: '2025-06-27',
            health: { status: 'ok', retraction } as Entry['citation']['health'],
          },
        },
      ]),
    }),
  )

describe('a retracted, corrected or questioned source, told to readers beside its entry', () => {
  it('retracted: "Retracted on <date> — notice", linking to the notice; the entry stays', async () => {
    const html = await render({ status: 'retracted', notice: 'https://doi.org/10.5555/cited.k2.2021.retraction', date: '2024-03-05' })
    expect(html).toContain('Vitamin K2 and arterial stiffness in a test cohort. Journal of Test Nutrition.')
    expect(html).toContain(
      '<strong class="source-retraction" data-retraction="retracted">. Retracted on March 5, 2024 — <a href="https://doi.org/10.5555/cited.k2.2021.retraction" rel="noopener noreferrer">notice</a></strong>',
    )
  })

  it.each([
    [{ status: 'corrected', notice: null, date: '2020-01' }, '. Corrected in January 2020</strong>'],
    [
      { status: 'expression-of-concern', notice: 'https://pubmed.ncbi.nlm.nih.gov/90000003/', date: null },
      '. Expression of concern issued — <a',
    ],
  ])('%j', async (retraction, expected) => {
    expect(await render(retraction)).toContain(expected)
  })

  it('no retraction, or an unsafe notice link: nothing, or no link', async () => {
    expect(await render(null)).not.toContain('source-retraction')
    const html = await render({ status: 'retracted', notice: 'javascript:alert(1)', date: '2024' })
    expect(html).toContain('. Retracted in 2024</strong>')
    expect(html).not.toContain('javascript:')
  })
})
