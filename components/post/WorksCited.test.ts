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
    anchorId: 'cite-1',
    backlinks: ['cite-1-ref-1'],
    citation: { _id: 'citation-ods', title: 'Vitamin D fact sheet', site: 'NIH ODS', url: ORIGINAL, accessedAt: '2025-06-27', ...citation },
  } as Entry
}

const render = (citation: Partial<Entry['citation']>) =>
  renderHtml(createElement(WorksCited, { sources: worksCitedSources([entry(citation)]) }))
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map(([, href, text]) => ({ href, text }))

describe('Works Cited and source health', () => {
  it('never checked: the title links to the original, no archive link', async () => {
    const html = await render({})
    expect(links(html)[0]).toEqual({ href: ORIGINAL, text: 'Vitamin D fact sheet' })
    expect(html).not.toContain('archived')
    expect(html).not.toContain('data-source')
  })

  it('fine, with an archive: the original link plus a small "archived" link', async () => {
    const html = await render({ health: { status: 'ok', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html).slice(0, 2)).toEqual([
      { href: ORIGINAL, text: 'Vitamin D fact sheet' },
      { href: SNAPSHOT, text: 'archived' },
    ])
    // Named "archived" + the title, by reference to the title rather than a copy of it.
    expect(html).toContain('<span class="source-title" id="cite-1-title">')
    expect(html).toContain('id="cite-1-archive" aria-labelledby="cite-1-archive cite-1-title">archived</a>')
    expect(html).not.toContain('no longer available')
  })

  it.each(['failing', 'blocked', 'redirected'])('%s (not confirmed broken): readers still get the original', async (status) => {
    const html = await render({ health: { status, archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html)[0]!.href).toBe(ORIGINAL)
    expect(html).not.toContain('no longer available')
  })

  it('broken, with an archive: links to the archived copy, keeps the original URL as text, says it is gone', async () => {
    const html = await render({ health: { status: 'broken', archivedUrl: SNAPSHOT, archivedAt: '2025-06-27T08:30:15.000Z' } })
    expect(links(html).slice(0, 2)).toEqual([
      { href: SNAPSHOT, text: 'Vitamin D fact sheet' },
      { href: SNAPSHOT, text: 'archived copy of June 27, 2025' },
    ])
    expect(html).toContain(`The original, <span class="source-url">${ORIGINAL}</span>, is no longer available`)
    expect(html).toContain('NIH ODS</i>. Accessed June 27, 2025<span class="source-gone">. The original')
    expect(html).not.toContain(`href="${ORIGINAL}"`)
    expect(html).toContain('data-source="gone"')
  })

  it('broken, no archive anywhere: the title is plain text, the original URL shown, no dead link', async () => {
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
      { href: ORIGINAL, text: 'Vitamin D fact sheet' },
      { href: SNAPSHOT, text: 'archived copy of June 27, 2025, as cited' },
    ])
  })

  it('an unsafe archive address is never a link', async () => {
    const html = await render({ archiveUrl: 'javascript:alert(1)', health: { status: 'broken', archivedUrl: 'data:text/html,hi' } })
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('data:text')
    expect(html).toContain('no archived copy was found')
  })
})
