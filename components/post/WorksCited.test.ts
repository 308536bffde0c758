import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '@/tests/support/render-html'
import { worksCitedSources } from '@/lib/content/citation-format'
import type { PostPage } from '@/lib/queries/post'
import { WorksCited } from './WorksCited'

type Entry = PostPage['citations'][number]

const ORIGINAL = 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/'
const SNAPSHOT = `https://web.archive.org/web/20250627083015/${ORIGINAL}`

function entry(citation: Partial<Entry['citation']>): Entry {
  return {
    number: 1,
    cited: true,
    anchorId: 'cite-1',
    backlinks: ['cite-1-ref-1'],
    citation: { _id: 'citation-ods', title: 'Vitamin D fact sheet', site: 'NIH ODS', url: ORIGINAL, accessedAt: '2025-06-27', ...citation },
  } as Entry
}

const render = (citation: Partial<Entry['citation']>) =>
  renderHtml(
    createElement(WorksCited, { sources: worksCitedSources([entry(citation)]), summary: '1 source: 1 government or health agency' }),
  )
const links = (html: string) =>
  [...html.matchAll(/<a (?:rel="noopener noreferrer" )?href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map(([, href, text]) => ({ href, text }))

describe('Works Cited and source health', () => {
  it('never checked: the reference links to the original, no archive link', async () => {
    const html = await render({})
    expect(links(html)[0]).toEqual({ href: ORIGINAL, text: ORIGINAL })
    expect(html).not.toContain('archived')
    expect(html).not.toContain('data-source')
  })

  it('fine, with an archive: the original link plus a small "archived" link', async () => {
    const html = await render({ health: { status: 'ok', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html).slice(0, 2)).toEqual([
      { href: ORIGINAL, text: ORIGINAL },
      { href: SNAPSHOT, text: 'archived' },
    ])
    // Named "archived" + the reference, by reference to it rather than a copy of it.
    expect(html).toContain('<span class="source-title" id="cite-1-title">')
    expect(html).toContain('id="cite-1-archive" aria-labelledby="cite-1-archive cite-1-title">archived</a>')
    expect(html).not.toContain('no longer available')
  })

  it.each(['failing', 'blocked', 'redirected'])('%s (not confirmed broken): readers still get the original', async (status) => {
    const html = await render({ health: { status, archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html)[0]!.href).toBe(ORIGINAL)
    expect(html).not.toContain('no longer available')
  })

  it('broken, with an archive: the reference links to the archived copy, keeps the original URL as text, says it is gone', async () => {
    const html = await render({ health: { status: 'broken', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html).slice(0, 2)).toEqual([
      { href: SNAPSHOT, text: SNAPSHOT },
      { href: SNAPSHOT, text: 'archived copy of June 27, 2025' },
    ])
    expect(html).toContain(`The original, <span class="source-url">${ORIGINAL}</span>, is no longer available`)
    expect(html).not.toContain(`href="${ORIGINAL}"`)
    expect(html).toContain('data-source="gone"')
  })

  it('broken, no archive anywhere: the reference has no link, the original URL shown, no dead link', async () => {
    const html = await render({ health: { status: 'broken', archivedUrl: null } })
    expect(links(html).filter((link) => !link.href?.startsWith('#'))).toEqual([])
    expect(html).toContain('is no longer available, and no archived copy was found')
  })

  it('an editor’s archive link wins over the one found, and its date comes from the Wayback address', async () => {
    const editors = `https://web.archive.org/web/20240101000000/${ORIGINAL}`
    const html = await render({
      archiveUrl: editors,
      health: { status: 'broken', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' },
    })
    expect(
      links(html)
        .slice(0, 2)
        .map((link) => link.href),
    ).toEqual([editors, editors])
    expect(html).toContain('archived copy of January 1, 2024')
  })

  it('text no longer found: the original stays, with the archived copy as cited', async () => {
    const html = await render({ health: { status: 'text-not-found', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html).slice(0, 2)).toEqual([
      { href: ORIGINAL, text: ORIGINAL },
      { href: SNAPSHOT, text: 'archived copy of June 27, 2025, as cited' },
    ])
  })

  it('an unsafe archive address is never a link', async () => {
    const html = await render({ archiveUrl: 'javascript:alert(1)', health: { status: 'broken', archivedUrl: 'data:text/html,hi' } })
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:text')
    expect(html).toContain('no archived copy was found')
  })

  it('folds into a <details> whose summary counts the sources, and lists uncited sources apart under "Further reading"', async () => {
    const further: Entry = {
      ...entry({ _id: 'citation-other', title: 'Other page', url: 'https://example.org/other' }),
      number: 2,
      cited: false,
      anchorId: 'cite-2',
      backlinks: [],
    }
    const html = await renderHtml(
      createElement(WorksCited, {
        sources: worksCitedSources([entry({}), further]),
        summary: '2 sources: 1 government or health agency, 1 other site',
      }),
    )
    expect(html).toMatch(/<details><summary>2 sources: 1 government or health agency, 1 other site<\/summary><ol><li id="cite-1"/)
    expect(html).toMatch(
      /<\/ol><h3 id="further-reading">Further reading<\/h3><ul><li id="cite-2"><span class="source-title" id="cite-2-title">[^<]*Other page/,
    )
  })

  it('links each PubMed and PubMed Central id', async () => {
    const html = await render({ url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/', pmid: '26770129' })
    expect(links(html)).toEqual(
      expect.arrayContaining([
        { href: 'https://pubmed.ncbi.nlm.nih.gov/26770129/', text: 'PMID: 26770129' },
        { href: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/', text: 'PMCID: PMC4566462' },
      ]),
    )
  })
})
