import { beforeAll, describe, expect, it } from 'vitest'
import { schemaOrgProblems } from '../schema-org/vocabulary'
import { byId, get, jsonLd, normalizeSpace, page, parseXml, publicPosts, slugOf, demoDocuments } from './support'

const SITE = 'https://cited.example'
const LONG_SLUG = 'vitamin-d3-and-k2-better-together'
const OVERDUE_SLUG = 'vitamin-d3-and-k2-synergy'
const REVIEWER = 'amara-nwosu'
const authors = demoDocuments.filter((doc) => doc._type === 'author')
const refOf = (value: unknown) => (value as { _ref?: string } | undefined)?._ref

describe('who wrote and who reviewed a post, and when', () => {
  let document: Document
  beforeAll(async () => {
    const response = await page(`/blog/${LONG_SLUG}`)
    expect(response.status).toBe(200)
    document = response.document
  })

  it('says so at the top: both people with portrait and credentials, linked to their pages, then the dates', () => {
    const header = document.querySelector('.post-header')!
    const people = [...header.querySelectorAll('.byline-people > li')]
    // What a screen reader hears: the portrait or initials mark is decoration (aria-hidden) beside the name.
    const spoken = (element: Element) => {
      const copy = element.cloneNode(true) as Element
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
      return normalizeSpace(copy.textContent)
    }
    expect(people.map(spoken)).toEqual(['By Maya Lindqvist Managing editor', 'Medically reviewed by Amara Nwosu, MD Family physician'])
    // Each with a portrait or, without a photo, an initials mark in its place.
    for (const person of people) expect(person.querySelector('.author-portrait img, .author-portrait .initials')).not.toBeNull()
    const links = [...header.querySelectorAll('.byline-people a')].map((link) => [link.textContent, link.getAttribute('href')])
    expect(links).toEqual([
      ['Maya Lindqvist', '/authors/maya-lindqvist'],
      ['Amara Nwosu, MD', `/authors/${REVIEWER}`],
    ])
    const items = [...header.querySelectorAll('.byline .meta-item')].map((item) => normalizeSpace(item.textContent))
    expect(items.slice(0, 4)).toEqual([
      'Published July 8, 2025',
      'Updated October 20, 2026',
      'Last reviewed October 20, 2026',
      'Next review October 20, 2027',
    ])
    expect(items[4]).toMatch(/^\d+ min read$/)
    expect(header.querySelector('.byline time[datetime="2026-10-20"]')).not.toBeNull()
  })

  it('lists updates and corrections newest first, with dates, and links the corrections policy', () => {
    const section = document.querySelector('section[aria-labelledby="changes-title"]')!
    expect(section.querySelector('h2')!.textContent).toBe('Updates and corrections')
    const entries = [...section.querySelectorAll('ol > li')].map((item) =>
      normalizeSpace(item.querySelector('.change-heading')!.textContent),
    )
    expect(entries).toEqual(['Update · October 20, 2026', 'Correction · September 2, 2025'])
    expect(section.querySelectorAll('ol > li')[1]!.textContent).toContain('It is MK-7')
    expect(section.querySelector('.change-policy a')!.getAttribute('href')).toBe('/corrections-policy')
  })

  it('explains how it was reviewed in a disclosure under the byline that opens in place and links the editorial policy', () => {
    const method = document.querySelector('.post-header details.review-method')!
    expect(method.hasAttribute('open')).toBe(false)
    expect(normalizeSpace(method.querySelector('summary')!.textContent)).toBe('How we reviewed this')
    expect(normalizeSpace(method.textContent)).toContain('Amara Nwosu, MD, Family physician, checked each claim against the sources')
    expect(method.querySelector('a[href="/editorial-policy"]')).not.toBeNull()
    // Nothing about the review waits at the bottom any more.
    expect(document.querySelector('.post-header ~ * .review-notice, .disclaimer ~ .review-notice')).toBeNull()
  })

  it('tells search engines it is a MedicalWebPage reviewed by a Person, around the BlogPosting', () => {
    const webPage = jsonLd(document).find((data) => data['@type'] === 'MedicalWebPage')!
    expect(webPage).toMatchObject({
      url: `${SITE}/blog/${LONG_SLUG}`,
      lastReviewed: '2026-10-20',
      reviewedBy: {
        '@type': 'Person',
        name: 'Amara Nwosu',
        url: `${SITE}/authors/${REVIEWER}`,
        jobTitle: 'Family physician',
        honorificSuffix: 'MD',
      },
    })
    const posting = webPage.mainEntity as Record<string, unknown>
    expect(posting).toMatchObject({ '@type': 'BlogPosting', dateModified: '2026-10-20T00:00:00.000Z' })
    expect((posting.citation as unknown[]).length).toBeGreaterThan(20)
    expect(posting.author).toMatchObject({ '@type': 'Person', url: `${SITE}/authors/maya-lindqvist`, jobTitle: 'Managing editor' })
    expect(document.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2026-10-20T00:00:00.000Z')
  })

  it('says plainly, at the top, when a review is overdue', async () => {
    const { document: overdue } = await page(`/blog/${OVERDUE_SLUG}`)
    const notice = overdue.querySelector('.post-header .review-notice.review-overdue')!
    expect(normalizeSpace(notice.textContent)).toContain('Review overdue. This article was due for its next review on September 15, 2026.')
    expect(overdue.querySelector('section[aria-labelledby="changes-title"]')).toBeNull() // nothing changed, no empty section
  })

  it('says "Reviewed by" for a reviewer without clinical credentials', async () => {
    const { document: editorial } = await page('/blog/vitamin-d-blood-test')
    const reviewer = editorial.querySelectorAll('.byline-people > li')[1]!
    expect(normalizeSpace(reviewer.querySelector('.author-portrait + span')!.textContent)).toBe(
      'Reviewed by Maya Lindqvist Managing editor',
    )
    expect(editorial.querySelector('.post-header')!.textContent).not.toContain('Medically')
  })

  it('links the byline of every card in a list to the author', async () => {
    const { document: blog } = await page('/blog')
    const cards = [...blog.querySelectorAll('.card')]
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      const slug = card.querySelector('.card-title a')!.getAttribute('href')!.replace('/blog/', '')
      const author = byId.get(refOf(publicPosts.find((post) => slugOf(post) === slug)!.author)!)!
      expect(card.querySelector('a.meta-author')!.getAttribute('href'), slug).toBe(`/authors/${slugOf(author)}`)
    }
  })
})

describe('the demo says it is one', () => {
  // The demo's siteSettings has isDemo on: its people and their credentials are fiction.
  it.each(['/', `/blog/${LONG_SLUG}`, `/authors/${REVIEWER}`, '/search?q=vitamin', '/no-such-page'])(
    '%s carries the demo notice in its header, as text without script',
    async (pathname) => {
      const { document } = await page(pathname)
      const notices = [...document.querySelectorAll('.demo-notice')]
      expect(notices).toHaveLength(1)
      // Inside the banner landmark, so assistive technology finds it with the page's other regions.
      expect(notices[0]!.closest('header.site-header')).not.toBeNull()
      expect(normalizeSpace(notices[0]!.textContent)).toBe(
        'Demo site. The articles, authors, reviewers and their credentials here are fictional examples, not real people or medical advice.',
      )
      expect(notices[0]!.querySelector('script')).toBeNull()
      // Pages stay script-free with it, search (rendered per request) too.
      expect(document.querySelectorAll('script[src]')).toHaveLength(0)
    },
  )
})

describe('author pages', () => {
  it('/authors lists everyone, each linked to a page that answers', async () => {
    const { status, document } = await page('/authors')
    expect(status).toBe(200)
    expect(document.querySelector('h1')!.textContent).toBe('Authors and reviewers')
    const links = [...document.querySelectorAll('.author-card h2 a')].map((link) => link.getAttribute('href'))
    expect(links.sort()).toEqual(authors.map((author) => `/authors/${slugOf(author)}`).sort())
    for (const href of links) expect((await get(href!)).status, href!).toBe(200)
  })

  it('shows a reviewer’s name, credentials, role, bio, profile links and the posts they reviewed', async () => {
    const reviewer = byId.get(`author-${REVIEWER}`)!
    const { status, document } = await page(`/authors/${REVIEWER}`)
    expect(status).toBe(200)
    expect(document.querySelector('h1')!.textContent).toBe('Amara Nwosu, MD')
    expect(document.querySelector('.author-role')!.textContent).toBe('Family physician')
    expect(document.querySelector('.author-bio')!.textContent).toBe(reviewer.bio)
    const profiles = [...document.querySelectorAll('.author-facts a')]
    expect(profiles.map((link) => link.getAttribute('href'))).toEqual(reviewer.sameAs)
    for (const link of profiles) expect(link.getAttribute('rel')).toContain('noopener')

    const crumbs = [...document.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((crumb) => crumb.textContent)
    expect(crumbs).toEqual(['Home', 'Authors', 'Amara Nwosu'])

    expect(document.querySelector('#wrote-title')).toBeNull() // she writes nothing
    const reviewed = publicPosts
      .filter((post) => refOf(post.reviewedBy) === reviewer._id)
      .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)))
      .slice(0, 10)
      .map((post) => `/blog/${slugOf(post)}`)
    const section = document.querySelector('section[aria-labelledby="reviewed-title"]')!
    expect(normalizeSpace(section.querySelector('h2')!.textContent)).toMatch(/^Articles reviewed by Amara Nwosu \(\d+\)$/)
    expect([...section.querySelectorAll('.card-title a')].map((link) => link.getAttribute('href'))).toEqual(reviewed)
  })

  it('shows what a writer wrote and reviewed', async () => {
    const { document } = await page('/authors/maya-lindqvist')
    const wrote = [...document.querySelectorAll('section[aria-labelledby="wrote-title"] .card-title a')].map((link) =>
      link.getAttribute('href'),
    )
    expect(wrote.length).toBe(publicPosts.filter((post) => refOf(post.author) === 'author-maya-lindqvist').length)
    expect(wrote).toContain(`/blog/${LONG_SLUG}`)
    expect(
      [...document.querySelectorAll('section[aria-labelledby="reviewed-title"] .card-title a')].map((link) => link.getAttribute('href')),
    ).toEqual(['/blog/vitamin-d-blood-test'])
  })

  it('describes the person as a ProfilePage about a Person', async () => {
    const { document } = await page(`/authors/${REVIEWER}`)
    const profile = jsonLd(document).find((data) => data['@type'] === 'ProfilePage')!
    expect(profile).toMatchObject({
      url: `${SITE}/authors/${REVIEWER}`,
      mainEntity: {
        '@type': 'Person',
        name: 'Amara Nwosu',
        honorificSuffix: 'MD',
        jobTitle: 'Family physician',
        sameAs: byId.get(`author-${REVIEWER}`)!.sameAs,
      },
    })
  })

  it('answers an unknown author or page with the designed 404', async () => {
    for (const path of ['/authors/no-such-person', `/authors/${REVIEWER}/page/99`, `/authors/${REVIEWER}/page/abc`]) {
      const { status, html, document } = await page(path)
      expect(status, path).toBe(404)
      // As in routes.test.ts: a request-time 404 arrives in the RSC payload (vercel/next.js#62228).
      expect(html, path).toContain('We couldn’t find that page')
      expect(document.title, path).toMatch(/^Page not found/)
    }
    const first = await get(`/authors/${REVIEWER}/page/1`)
    expect(first.status).toBe(308)
    expect(new URL(first.headers.get('location')!, 'http://x').pathname).toBe(`/authors/${REVIEWER}`)
  })
})

describe('structured data', () => {
  it('every JSON-LD object on post, author and list pages uses only schema.org types and properties', async () => {
    const paths = [
      '/',
      '/blog',
      `/blog/${LONG_SLUG}`,
      `/blog/${OVERDUE_SLUG}`,
      '/blog/vitamin-d-blood-test',
      '/authors',
      `/authors/${REVIEWER}`,
      '/authors/maya-lindqvist',
    ]
    const objects = (await Promise.all(paths.map(async (path) => jsonLd((await page(path)).document)))).flat()
    expect(objects.map((object) => object['@type'])).toEqual(expect.arrayContaining(['MedicalWebPage', 'ProfilePage', 'BreadcrumbList']))
    expect(schemaOrgProblems(objects)).toEqual([])
  }, 120_000)
})

describe('feeds follow the latest change', () => {
  it('the RSS item of a corrected post carries its update date; the sitemap lists every author', async () => {
    const feed = parseXml(await (await get('/feed.xml')).text())
    const item = [...feed.querySelectorAll('item')].find((entry) => entry.querySelector('link')!.textContent!.endsWith(`/${LONG_SLUG}`))!
    expect(item.getElementsByTagName('atom:updated')[0]?.textContent).toBe('2026-10-20T00:00:00.000Z')

    const sitemap = parseXml(await (await get('/sitemap.xml')).text())
    const locs = [...sitemap.getElementsByTagName('loc')].map((loc) => loc.textContent)
    expect(locs).toContain(`${SITE}/authors`)
    for (const author of authors) expect(locs).toContain(`${SITE}/authors/${slugOf(author)}`)
  })
})
