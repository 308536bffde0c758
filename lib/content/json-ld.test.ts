import { describe, expect, it } from 'vitest'
import { schemaOrgProblems } from '@/tests/schema-org/vocabulary'
import { describeCitation } from './citation-format'
import { blogPostingJsonLd, breadcrumbListJsonLd, postPageJsonLd, profilePageJsonLd, serializeJsonLd } from './json-ld'

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in, and still parses to the same data', () => {
    const data = { headline: '</script><script>alert(1)</script> & more\u2028' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(text)).toEqual(data)
  })
})

describe('breadcrumbListJsonLd', () => {
  it('numbers crumbs from 1 and leaves the current page without an item URL', () => {
    expect(
      breadcrumbListJsonLd([
        { name: 'Home', url: 'https://example.com/' },
        { name: 'Blog', url: 'https://example.com/blog' },
        { name: 'A post' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.com/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://example.com/blog' },
      { '@type': 'ListItem', position: 3, name: 'A post' },
    ])
  })
})

describe('blogPostingJsonLd', () => {
  const base = {
    url: 'https://example.com/blog/d3-k2',
    headline: 'D3 and K2',
    description: 'Why they pair.',
    imageUrls: ['https://example.com/media/a.jpg'],
    author: { name: 'Dana Reyes' },
    publishedAt: '2025-06-27T09:00:00Z',
    updatedAt: null,
    publisher: { name: 'Cited', url: 'https://example.com' },
    keywords: ['vitamin d'],
    section: 'Vitamins',
    citations: [
      { title: 'Vitamin D fact sheet', site: 'NIH ODS', url: 'https://ods.od.nih.gov/x#:~:text=a', accessedAt: '2025-06-27' },
      { title: 'No link', site: null, url: 'javascript:alert(1)' },
    ].map(describeCitation),
  }

  it('holds one CreativeWork per citation with name, url and publisher', () => {
    const json = blogPostingJsonLd(base)
    expect(json.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Vitamin D fact sheet',
        url: 'https://ods.od.nih.gov/x#:~:text=a',
        publisher: { '@type': 'Organization', name: 'NIH ODS' },
      },
      { '@type': 'CreativeWork', name: 'No link' },
    ])
  })

  it('gives a citation with an archived copy `archivedAt`: the editor’s, else the one the checker found', () => {
    const snapshot = 'https://web.archive.org/web/20250627083015/https://ods.od.nih.gov/x'
    const json = blogPostingJsonLd({
      ...base,
      citations: [
        { title: 'Found', url: 'https://ods.od.nih.gov/x', health: { status: 'broken', archivedUrl: snapshot } },
        {
          title: 'Editor’s',
          url: 'https://ods.od.nih.gov/y',
          archiveUrl: 'https://archive.ph/abc',
          health: { status: 'ok', archivedUrl: snapshot },
        },
        { title: 'Unsafe', url: 'https://ods.od.nih.gov/z', archiveUrl: 'javascript:alert(1)' },
      ].map(describeCitation),
    })
    const citations = json.citation as unknown as Array<Record<string, unknown>>
    expect(citations.map((item) => item.archivedAt)).toEqual([snapshot, 'https://archive.ph/abc', undefined])
    // The original address stays the citation's `url`, even when it is dead.
    expect(citations[0]).toMatchObject({ url: 'https://ods.od.nih.gov/x' })
  })

  it('names a study by its DOI, PMID and PMCID: identifiers and their resolver addresses', () => {
    const json = blogPostingJsonLd({
      ...base,
      citations: [
        {
          title: 'An invented trial',
          site: 'PubMed Central',
          url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/',
          type: 'article-journal' as const,
          doi: '10.5555/cited.2024.001',
          pmid: '31234567',
          pmcid: 'PMC1234567',
        },
      ].map(describeCitation),
    })
    expect(json.citation).toEqual([
      expect.objectContaining({
        '@type': 'CreativeWork',
        name: 'An invented trial',
        identifier: [
          { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/cited.2024.001' },
          { '@type': 'PropertyValue', propertyID: 'PMID', value: '31234567' },
          { '@type': 'PropertyValue', propertyID: 'PMCID', value: 'PMC1234567' },
        ],
        sameAs: [
          'https://doi.org/10.5555/cited.2024.001',
          'https://pubmed.ncbi.nlm.nih.gov/31234567/',
          'https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/',
        ],
      }),
    ])
    // A web page without identifiers gets neither.
    expect(blogPostingJsonLd(base).citation).toEqual([
      expect.not.objectContaining({ identifier: expect.anything() }),
      expect.not.objectContaining({ sameAs: expect.anything() }),
    ])
  })

  it('uses the publication date as modified date when there is no update', () => {
    const json = blogPostingJsonLd(base)
    expect(json.datePublished).toBe('2025-06-27T09:00:00.000Z')
    expect(json.dateModified).toBe('2025-06-27T09:00:00.000Z')
    expect(blogPostingJsonLd({ ...base, updatedAt: '2025-07-01T00:00:00Z' }).dateModified).toBe('2025-07-01T00:00:00.000Z')
  })

  it('credits the publisher when a post has no author', () => {
    expect(blogPostingJsonLd({ ...base, author: null }).author).toEqual({ '@type': 'Organization', name: 'Cited' })
  })
})

describe('postPageJsonLd', () => {
  const posting = {
    url: 'https://example.com/blog/d3-k2',
    headline: 'D3 and K2',
    description: 'Why they pair.',
    imageUrls: [],
    author: { name: 'Dana Reyes', url: 'https://example.com/authors/dana-reyes', jobTitle: 'Science writer', credentials: null },
    publishedAt: '2025-06-27T09:00:00Z',
    updatedAt: '2026-02-10',
    publisher: { name: 'Cited', url: 'https://example.com' },
    keywords: [],
    section: null,
    citations: [
      describeCitation({ title: 'Vitamin D fact sheet', site: 'NIH ODS', url: 'https://ods.od.nih.gov/x' }),
      describeCitation({
        title: 'An invented trial',
        type: 'article-journal',
        doi: '10.5555/cited.2024.001',
        pmid: '31234567',
        pmcid: 'PMC1234567',
      }),
    ],
  }
  const reviewer = { name: 'Amara Nwosu', url: 'https://example.com/authors/amara-nwosu', jobTitle: 'Family physician', credentials: 'MD' }

  it('wraps the BlogPosting in a MedicalWebPage saying who reviewed it and when', () => {
    const json = postPageJsonLd({ isMedicalSite: true, posting, reviewer, lastReviewedAt: '2026-01-15' })
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-01-15',
      reviewedBy: { '@type': 'Person', name: 'Amara Nwosu', url: reviewer.url, jobTitle: 'Family physician', honorificSuffix: 'MD' },
      dateModified: '2026-02-10T00:00:00.000Z',
      mainEntity: {
        '@type': 'BlogPosting',
        author: { '@type': 'Person', url: posting.author.url },
        citation: [{ '@type': 'CreativeWork' }, { '@type': 'CreativeWork', identifier: expect.any(Array) }],
      },
    })
  })

  it('is a plain WebPage on a site that is not medical, and claims no review without one', () => {
    const json = postPageJsonLd({ isMedicalSite: false, posting, reviewer: null, lastReviewedAt: null })
    expect(json['@type']).toBe('WebPage')
    expect(json).not.toHaveProperty('reviewedBy')
    expect(json).not.toHaveProperty('lastReviewed')
  })

  it('emits only schema.org types and properties (checked against schema-dts)', () => {
    const objects = [
      postPageJsonLd({ isMedicalSite: true, posting, reviewer, lastReviewedAt: '2026-01-15' }),
      postPageJsonLd({ isMedicalSite: false, posting: { ...posting, author: null }, reviewer: null, lastReviewedAt: null }),
      profilePageJsonLd({
        ...reviewer,
        description: 'GP.',
        imageUrl: 'https://example.com/a.svg',
        sameAs: ['https://orcid.org/0'],
        knowsAbout: ['vitamin D'],
      }),
      breadcrumbListJsonLd([{ name: 'Home', url: 'https://example.com/' }, { name: 'Authors' }]),
    ]
    expect(schemaOrgProblems(objects)).toEqual([])
  }, 60_000)
})

describe('profilePageJsonLd', () => {
  it('describes a ProfilePage about one Person with their profiles and expertise', () => {
    expect(
      profilePageJsonLd({
        name: 'Amara Nwosu',
        url: 'https://example.com/authors/amara-nwosu',
        jobTitle: 'Family physician',
        credentials: 'MD',
        sameAs: ['https://orcid.org/0'],
        knowsAbout: ['vitamin D'],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://example.com/authors/amara-nwosu',
      name: 'Amara Nwosu',
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://example.com/authors/amara-nwosu#person',
        name: 'Amara Nwosu',
        url: 'https://example.com/authors/amara-nwosu',
        jobTitle: 'Family physician',
        honorificSuffix: 'MD',
        sameAs: ['https://orcid.org/0'],
        knowsAbout: ['vitamin D'],
      },
    })
  })
})
