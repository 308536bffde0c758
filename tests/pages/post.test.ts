import { createHash } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { PLAY_IN_PLACE_SCRIPT, PLAYER_SRC_ATTRIBUTE } from '@/lib/video-player/play-in-place'
import { byId, get, imageUrlPrefix, jsonLd, normalizeSpace, page, portableText, publicPosts, slugOf, type Doc } from './support'

const LONG_SLUG = 'vitamin-d3-and-k2-better-together'
const SHORT_SLUG = 'vitamin-d3-and-k2-synergy'
const post = (slug: string) => publicPosts.find((doc) => slugOf(doc) === slug)!
const citationsOf = (doc: Doc) => ((doc.worksCited as Array<{ _ref: string }>) ?? []).map((ref) => byId.get(ref._ref)!)
const siteDefault = byId.get((byId.get('siteSettings')!.defaultDisclaimer as { _ref: string })._ref)!
/** Each block of a Portable Text array as one line of text, and the same for rendered paragraphs. */
const blockTexts = (blocks: unknown) => (blocks as unknown[]).map((block) => normalizeSpace(portableText([block]))).filter(Boolean)
const paragraphsOf = (element: Element) => [...element.querySelectorAll('p, h3, li')].map((node) => normalizeSpace(node.textContent))

describe('the long D3 + K2 article', () => {
  const doc = post(LONG_SLUG)
  let document: Document
  let html: string
  beforeAll(async () => {
    const response = await page(`/blog/${LONG_SLUG}`)
    expect(response.status).toBe(200)
    document = response.document
    html = response.html
  })

  it('has one h1, the title', () => {
    expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([doc.title])
  })

  it('shows breadcrumbs Home › Blog › title with a matching BreadcrumbList', () => {
    const crumbs = [...document.querySelectorAll('nav[aria-label="Breadcrumb"] li')]
    expect(crumbs.map((crumb) => crumb.textContent)).toEqual(['Home', 'Blog', doc.title])
    expect(crumbs.slice(0, 2).map((crumb) => crumb.querySelector('a')?.getAttribute('href'))).toEqual(['/', '/blog'])
    expect(crumbs[2]!.getAttribute('aria-current')).toBe('page')
    const list = jsonLd(document).find((data) => data['@type'] === 'BreadcrumbList')!
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://cited.example/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://cited.example/blog' },
      { '@type': 'ListItem', position: 3, name: doc.title },
    ])
  })

  it('sends its text and sources once, as HTML: the RSC payload does not repeat them', () => {
    const payload = [...document.querySelectorAll('script:not([src])')]
      .map((script) => script.textContent ?? '')
      .filter((text) => text.includes('__next_f'))
      .join('')
    // Without the citation markers ("[4]"), which are not in the blocks' text.
    const prose = normalizeSpace(document.querySelector('.prose')!.textContent).replace(/\[\d+\]/g, '')
    const sentences = blockTexts(doc.body)
      .filter((text) => text.length > 60)
      .map((text) => text.slice(0, 60))
    expect(sentences.length).toBeGreaterThan(5)
    for (const sentence of sentences) {
      expect(prose).toContain(sentence)
      expect(payload).not.toContain(sentence)
    }
    // Long titles only: a short one ("Vitamin D") is also words the page's own links use.
    const titles = citationsOf(doc)
      .map((citation) => String(citation.title))
      .filter((title) => title.length > 40)
    expect(titles.length).toBeGreaterThan(10)
    for (const title of titles) expect(payload).not.toContain(JSON.stringify(title).slice(1, -1))
  })

  /** The works-cited entries as listed: numbered (cited) ones, then further reading. */
  const listedEntries = () => [...document.querySelectorAll('section.works-cited details > ol > li, section.works-cited details > ul > li')]
  /** Ids of the citations the body cites (and the post lists). */
  const citedIds = () => {
    const listed = new Set(citationsOf(doc).map((citation) => citation._id))
    const refs = (doc.body as Array<{ markDefs?: Array<{ _type: string; citation?: { _ref: string } }> }>).flatMap((block) =>
      (block.markDefs ?? []).flatMap((def) => (def._type === 'citationRef' && def.citation ? [def.citation._ref] : [])),
    )
    return new Set(refs.filter((ref) => listed.has(ref)))
  }
  /** A citation's entry, found by what it links to (its DOI or address) or, for a dead source, the address it shows. */
  const entryOf = (citation: Doc) => {
    const href = citation.doi ? `https://doi.org/${citation.doi}` : String(citation.url)
    const entry = listedEntries().find(
      (li) => li.querySelector(`.source-title a[href="${href}"]`) || li.querySelector('.source-url')?.textContent === citation.url,
    )
    expect(entry, String(citation.url)).toBeDefined()
    return entry!
  }

  it('numbers markers 1…n in reading order, lists the cited sources in that order and the uncited ones apart', () => {
    const markers = [...document.querySelectorAll('.prose sup.cite-marker a')].map((marker) => Number(marker.textContent!.slice(1, -1)))
    // Each new source the text cites takes the next number: [1], [2], [1], [3]…
    let highest = 0
    for (const number of markers) {
      expect(number).toBeLessThanOrEqual(highest + 1)
      highest = Math.max(highest, number)
    }
    const cited = citedIds()
    expect(highest).toBe(cited.size)
    const numbered = [...document.querySelectorAll('section.works-cited details > ol > li')]
    expect(numbered.map((entry) => entry.id)).toEqual([...cited].map((_, index) => `cite-${index + 1}`))
    // Entry n is the source marker [n] cites: each marker leads to the entry whose number it shows.
    const idsOf = (entries: Element[]) => entries.map((entry) => entry.id)
    for (const citation of citationsOf(doc).filter((c) => cited.has(c._id))) expect(idsOf(numbered)).toContain(entryOf(citation).id)
    // The sources listed but never cited stand apart, after a heading of their own.
    const uncited = citationsOf(doc).filter((citation) => !cited.has(citation._id))
    expect(uncited.length).toBeGreaterThan(0)
    expect(document.querySelector('section.works-cited details > h3')?.textContent).toBe('Further reading')
    const further = [...document.querySelectorAll('section.works-cited details > ul > li')]
    expect(further).toHaveLength(uncited.length)
    for (const citation of uncited) expect(idsOf(further)).toContain(entryOf(citation).id)
    for (const entry of further) expect(entry.querySelector('.backlinks')).toBeNull()
  })

  it('lists no source twice, folds the list under a summary of its kinds, and writes each entry in AMA with its address', () => {
    const citations = citationsOf(doc)
    const entries = listedEntries()
    expect(entries).toHaveLength(citations.length)
    expect(new Set(citations.map((citation) => String(citation.url).split('#')[0]!.replace(/\/$/, ''))).size).toBe(citations.length)
    const details = document.querySelector('section.works-cited details')!
    expect(details.hasAttribute('open')).toBe(false)
    expect(normalizeSpace(details.querySelector('summary')!.textContent)).toMatch(
      new RegExp(`^${citations.length} sources: \\d+ peer-reviewed studies, \\d+ (government and health agencies|commercial sites)`),
    )
    for (const citation of citations) {
      const entry = entryOf(citation)
      const health = byId.get(`sourceHealth-${citation._id}`)
      if (health?.status === 'broken') continue // see the source-health test below
      // A work with a DOI is linked by its DOI (AMA); any other by its address, #:~:text= fragments included.
      const href = citation.doi ? `https://doi.org/${citation.doi}` : String(citation.url)
      const link = entry.querySelector(`.source-title a[href="${href}"]`)!
      expect(link, href).not.toBeNull()
      expect(link.getAttribute('rel')).toBe('noopener noreferrer')
      expect(normalizeSpace(entry.textContent).replaceAll('’', "'")).toContain(normalizeSpace(String(citation.title)))
      if (!citation.doi) expect(entry.textContent).toContain('Accessed June 27, 2025.')
    }
    expect(citations.some((citation) => String(citation.url).includes('#:~:text='))).toBe(true)
  })

  it('shows the PMCID link of each PubMed Central source and the PubMed link of each PubMed one', () => {
    const pmc = citationsOf(doc).filter((citation) => citation.pmcid)
    expect(pmc.length).toBeGreaterThanOrEqual(10)
    for (const citation of pmc) {
      const link = entryOf(citation).querySelector(`.source-ids a[href="https://pmc.ncbi.nlm.nih.gov/articles/${citation.pmcid}/"]`)
      expect(link?.textContent, String(citation.url)).toBe(`PMCID: ${citation.pmcid}`)
    }
    for (const citation of citationsOf(doc).filter((c) => c.pmid)) {
      expect(entryOf(citation).querySelector(`.source-ids a[href="https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/"]`)?.textContent).toBe(
        `PMID: ${citation.pmid}`,
      )
    }
  })

  it('sends readers of a confirmed-broken source to its archived copy, keeping the original address as text', () => {
    const citations = citationsOf(doc)
    const states = citations.map((citation) => ({
      citation,
      entry: entryOf(citation),
      health: byId.get(`sourceHealth-${citation._id}`),
    }))
    const broken = states.filter(({ health }) => health?.status === 'broken')
    expect(broken.length).toBeGreaterThanOrEqual(2)
    for (const { citation, entry, health } of broken) {
      expect(entry.getAttribute('data-source')).toBe('gone')
      expect(entry.querySelector('.source-url')?.textContent).toBe(citation.url)
      expect(entry.textContent).toContain('is no longer available')
      expect(entry.querySelector(`a[href="${citation.url}"]`)).toBeNull()
      if (health!.archivedUrl) {
        expect(entry.querySelector('.source-title a')?.getAttribute('href')).toBe(health!.archivedUrl)
        expect(entry.querySelector('.source-gone a')?.textContent).toMatch(/^archived copy of [A-Z][a-z]+ \d{1,2}, \d{4}$/)
      } else {
        expect(entry.querySelector('.source-title a')).toBeNull()
        expect(entry.textContent).toContain('no archived copy was found')
      }
    }
    // A live source with an archive gets the small "archived" link; JSON-LD carries archivedAt.
    const archivedButAlive = states.find(({ health }) => health?.status === 'redirected' && health.archivedUrl)!
    expect(archivedButAlive.entry.querySelector('.source-archive a')?.getAttribute('href')).toBe(archivedButAlive.health!.archivedUrl)
    const posting = jsonLd(document).find((data) => data['@type'] === 'MedicalWebPage')!.mainEntity as Record<string, unknown>
    const items = posting.citation as Array<{ name: string; archivedAt?: string }>
    expect(items.filter((item) => item.archivedAt).length).toBe(
      states.filter(({ citation, health }) => citation.archiveUrl || health?.archivedUrl).length,
    )
    // JSON-LD lists the sources in the order the page does.
    expect(items.map((item) => item.name)).toEqual(
      listedEntries().map((entry) => states.find((state) => state.entry === entry)!.citation.title),
    )
  })

  it('links every marker to its entry and every entry back to each marker', () => {
    const ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id))
    const markers = [...document.querySelectorAll('.prose sup.cite-marker a')]
    expect(markers.length).toBeGreaterThanOrEqual(citationsOf(doc).length / 2)
    for (const marker of markers) {
      const target = marker.getAttribute('href')!.slice(1)
      expect(target).toMatch(/^cite-\d+$/)
      expect(ids.has(target), target).toBe(true)
      expect(marker.textContent).toBe(`[${target.slice('cite-'.length)}]`)
      expect(marker.getAttribute('aria-label')).toMatch(/^Source \d+/)
      // The entry it points at links back to this very marker.
      const entry = document.getElementById(target)!
      expect([...entry.querySelectorAll('.backlinks a')].map((link) => link.getAttribute('href'))).toContain(`#${marker.id}`)
    }
    // No in-page link anywhere on the page points at an id that isn't there.
    for (const link of document.querySelectorAll('a[href^="#"]')) {
      expect(ids.has(decodeURIComponent(link.getAttribute('href')!.slice(1))), link.getAttribute('href')!).toBe(true)
    }
  })

  it('shows its own AI-assisted disclaimer', () => {
    const disclaimer = byId.get((doc.disclaimer as { _ref: string })._ref)!
    expect(disclaimer._id).toBe('disclaimer-ai-assisted')
    const shown = paragraphsOf(document.querySelector('section.disclaimer')!)
    expect(shown).toEqual(expect.arrayContaining(blockTexts(disclaimer.body)))
    expect(shown).not.toEqual(expect.arrayContaining(blockTexts(siteDefault.body)))
  })

  it('describes itself as a BlogPosting whose citations are the works cited', () => {
    const page = jsonLd(document).find((data) => data['@type'] === 'MedicalWebPage')!
    const posting = page.mainEntity as Record<string, unknown>
    expect(posting['@type']).toBe('BlogPosting')
    expect(posting.headline).toBe(doc.title)
    expect(posting.datePublished).toBe(new Date(String(doc.publishedAt)).toISOString())
    expect(posting.dateModified).toBeTruthy()
    const author = byId.get((doc.author as { _ref: string })._ref)!
    expect(posting.author).toMatchObject({ '@type': 'Person', name: author.name, url: `https://cited.example/authors/${slugOf(author)}` })
    expect(posting.publisher).toMatchObject({ '@type': 'Organization', url: 'https://cited.example' })
    expect((posting.image as string[])[0]!.startsWith(imageUrlPrefix())).toBe(true)
    const citations = posting.citation as Array<Record<string, unknown>>
    // In the order the page lists them: cited sources by first citation, then further reading.
    const listed = listedEntries()
    const inListOrder = [...citationsOf(doc)].sort((a, b) => listed.indexOf(entryOf(a)) - listed.indexOf(entryOf(b)))
    expect(citations.map((work) => [work['@type'], work.name, work.url])).toEqual(
      inListOrder.map((citation) => ['CreativeWork', citation.title, citation.url]),
    )
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<\/script(?![>])/)
  })

  it('has canonical, Open Graph and Twitter metadata and a share image (its sharing image: images.test.ts)', async () => {
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://cited.example/blog/${LONG_SLUG}`)
    expect(document.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article')
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image')
    const ogImage = new URL(document.querySelector('meta[property="og:image"]')!.getAttribute('content')!)
    // On the Content Lake the editor's sharing image is served by Sanity's image CDN, not by us.
    if (ogImage.hostname === 'cdn.sanity.io') return
    const response = await get(ogImage.pathname + ogImage.search)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
  })

  it('loads its hero image without layout shift and first', () => {
    const hero = document.querySelector('.post-hero img')!
    expect(Number(hero.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(hero.getAttribute('height'))).toBeGreaterThan(0)
    expect(hero.getAttribute('alt')).toBeTruthy()
    expect(hero.getAttribute('fetchpriority')).toBe('high')
  })

  it('renders the body with headings that can be linked to and a table of contents', () => {
    const h2s = [...document.querySelectorAll('.prose h2[id]')]
    expect(h2s.length).toBeGreaterThanOrEqual(3)
    for (const heading of h2s) expect(heading.querySelector('a')?.getAttribute('href')).toBe(`#${heading.id}`)
    const toc = [...document.querySelectorAll('nav.toc a')].map((link) => link.getAttribute('href'))
    expect(toc).toEqual(h2s.map((heading) => `#${heading.id}`))
  })
})

describe('the short D3 + K2 article', () => {
  const doc = post(SHORT_SLUG)
  let document: Document
  beforeAll(async () => {
    document = (await page(`/blog/${SHORT_SLUG}`)).document
  })

  it('falls back to the site default medical disclaimer', () => {
    expect(doc.disclaimer).toBeUndefined()
    expect(paragraphsOf(document.querySelector('section.disclaimer')!)).toEqual(expect.arrayContaining(blockTexts(siteDefault.body)))
  })

  it('sends readers on to the Vitamin B17 and Vitamin B posts, and every related link works', async () => {
    const section = [...document.querySelectorAll('section')].find(
      (element) => element.querySelector('h2')?.textContent === 'Next, check out our posts',
    )!
    // Each card's title link (its byline links to the author).
    const links = [...section.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href')!)
    expect(links.slice(0, 2)).toEqual(['/blog/vitamin-b17', '/blog/vitamin-b'])
    expect(links).not.toContain(`/blog/${SHORT_SLUG}`)
    for (const href of links) expect((await get(href)).status, href).toBe(200)
  })

  it('offers the latest News, Video and Review post, never itself', async () => {
    const section = document.querySelector('section.more-content')!
    expect(normalizeSpace(section.querySelector('h2')?.textContent)).toBe('More content you might like')
    const labels = [...section.querySelectorAll('.eyebrow')].map((label) => normalizeSpace(label.textContent))
    expect(labels).toEqual(['Latest News', 'Latest Video', 'Latest Review'])
    const links = [...section.querySelectorAll('h3 a')].map((link) => link.getAttribute('href')!)
    expect(links).not.toContain(`/blog/${SHORT_SLUG}`)
    for (const href of links) expect((await get(href)).status, href).toBe(200)
  })

  it('links to the previous and next post by date', async () => {
    const sorted = [...publicPosts].sort((a, b) => String(a.publishedAt).localeCompare(String(b.publishedAt)))
    const index = sorted.findIndex((doc) => slugOf(doc) === SHORT_SLUG)
    const nav = document.querySelector('nav.post-nav')!
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/blog/${slugOf(sorted[index - 1]!)}`)
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/blog/${slugOf(sorted[index + 1]!)}`)
  })
})

describe('every post page', () => {
  it('keeps links safe: only http(s), mailto, tel and site paths, external ones with noopener', async () => {
    for (const doc of publicPosts) {
      const { document } = await page(`/blog/${slugOf(doc)}`)
      for (const link of document.querySelectorAll('main a[href]')) {
        const href = link.getAttribute('href')!
        expect(href, `${slugOf(doc)}: ${href}`).toMatch(/^(https?:\/\/|mailto:|tel:|\/(?!\/)|#|\?)/)
        if (/^https?:/.test(href)) expect(link.getAttribute('rel'), href).toBe('noopener noreferrer')
      }
      expect(document.querySelectorAll('h1')).toHaveLength(1)
    }
  })

  it('ships no JavaScript: nothing on it runs in the browser', async () => {
    const { document, html } = await page(`/blog/${LONG_SLUG}`)
    expect([...document.querySelectorAll('script[src], link[as="script"]')].map((element) => element.outerHTML)).toEqual([])
    expect(html).not.toContain('__next_f')
    // What stays are data blocks the browser reads but never runs.
    const types = [...document.querySelectorAll('script')].map((script) => script.getAttribute('type'))
    expect(new Set(types)).toEqual(new Set(['application/ld+json', 'speculationrules']))
    expect(document.querySelector('.works-cited li')).not.toBeNull()
  })

  it('a post with a video ships no framework either: one player at the top, its play control a link, one small script allowed by hash', async () => {
    const { document, html } = await page('/blog/video-sunlight-and-vitamin-d')
    // One player, at the top in the hero's place, whose play control is a link that works without JavaScript.
    const players = [...document.querySelectorAll('a.video-play')]
    expect(players.map((link) => link.getAttribute('href'))).toEqual(['https://www.youtube.com/watch?v=Demo-Vid-01'])
    expect(players[0]!.getAttribute(PLAYER_SRC_ATTRIBUTE)).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/Demo-Vid-01/)
    expect(document.querySelector('.post-hero a.video-play')).not.toBeNull()
    expect(document.querySelector('.post-hero img')).toBeNull()
    // No Next.js runtime, no RSC payload: the only script that runs is the play-in-place one.
    expect([...document.querySelectorAll('script[src], link[as="script"]')].map((element) => element.outerHTML)).toEqual([])
    expect(html).not.toContain('__next_f')
    const running = [...document.querySelectorAll('script')].filter(
      (script) => !['application/ld+json', 'speculationrules'].includes(script.type),
    )
    expect(running.map((script) => script.textContent)).toEqual([PLAY_IN_PLACE_SCRIPT])
    // …and the page's own policy lets exactly that text run.
    const hash = `'sha256-${createHash('sha256').update(running[0]!.textContent!, 'utf8').digest('base64')}'`
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src '))
    expect(scriptSrc?.trim().split(' ')).toContain(hash)
  })
})
