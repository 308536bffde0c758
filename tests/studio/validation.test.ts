import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { author, citationOds, editorialPolicyPage, goodDataset, goodPost, imageAsset, otherPost } from './fixtures'
import { describeMarkers, validateIn } from './validate'

type Post = typeof goodPost & Record<string, unknown>

/** A copy of the good post with one thing broken. */
function postWith(change: (post: Post) => void): SanityDocument {
  const post = structuredClone(goodPost) as Post
  change(post)
  return post as unknown as SanityDocument
}

async function markersOf(document: SanityDocument, dataset: readonly SanityDocument[] = goodDataset) {
  return describeMarkers(await validateIn(document, dataset))
}

describe('a well-formed dataset', () => {
  test.each(goodDataset.filter((doc) => !doc._type.startsWith('sanity.')).map((doc) => [doc._id, doc] as const))(
    '%s validates with no errors or warnings',
    async (_id, doc) => {
      expect(await markersOf(doc)).toEqual([])
    },
  )
})

describe('editors are stopped with a clear message when', () => {
  test.each([
    ['the main image', (post: Post) => delete (post.mainImage as { alt?: string }).alt, 'mainImage.alt'],
    ['a body image', (post: Post) => delete (post.body[3] as { alt?: string }).alt, 'body[_key=="b4"].alt'],
    [
      'the sharing image',
      (post: Post) => Object.assign(post.seo, { image: { _type: 'image', asset: { _type: 'reference', _ref: imageAsset._id } } }),
      'seo.image.alt',
    ],
  ])('%s has no alt text', async (_what, change, path) => {
    expect(await markersOf(postWith(change))).toEqual([`error ${path}: Add alternative text describing the image`])
  })

  test('an author portrait has no alt text', async () => {
    const portraitWithoutAlt = { ...author, image: { _type: 'image', asset: { _type: 'reference', _ref: imageAsset._id } } }
    expect(await markersOf(portraitWithoutAlt as unknown as SanityDocument)).toEqual([
      'error image.alt: Add alternative text describing the image',
    ])
  })

  test("a page's slug is one of the site's own sections, which it would hide or never reach", async () => {
    const page = { ...editorialPolicyPage, slug: { _type: 'slug', current: 'blog' } } as unknown as SanityDocument
    expect(await markersOf(page)).toEqual(["error slug: /blog is one of the site's own addresses; choose another slug"])
  })

  test('a citation URL uses javascript:', async () => {
    const citation = { ...citationOds, url: 'javascript:alert(document.cookie)' } as unknown as SanityDocument
    expect(await markersOf(citation)).toEqual(['error url: Use the full web address of the source, starting with https:// or http://'])
  })

  test('an archived copy is not an http(s) address', async () => {
    const citation = { ...citationOds, archiveUrl: 'javascript:alert(1)' } as unknown as SanityDocument
    expect(await markersOf(citation)).toEqual([
      'error archiveUrl: Use the full web address of the source, starting with https:// or http://',
    ])
    const archived = {
      ...citationOds,
      archiveUrl: 'https://web.archive.org/web/20250627083015/https://ods.od.nih.gov/',
    } as unknown as SanityDocument
    expect(await markersOf(archived)).toEqual([])
  })

  test('a body link uses javascript:', async () => {
    const post = postWith((p) => {
      ;(p.body[1] as { markDefs: { href?: string }[] }).markDefs[1]!.href = 'javascript:alert(1)'
    })
    expect(await markersOf(post)).toEqual([
      'error body[_key=="b2"].markDefs[_key=="m2"].href: Links may point to https://, http://, mailto: or tel: addresses, or to a page on this site starting with /',
    ])
  })

  test('a citation was accessed in the future', async () => {
    const citation = { ...citationOds, accessedAt: '2999-01-01', issued: '2999' } as unknown as SanityDocument
    expect(await markersOf(citation)).toEqual([
      'error accessedAt: The accessed date cannot be in the future',
      'error issued: The publication date cannot be in the future',
    ])
    const malformed = { ...citationOds, issued: '2024-13', doi: 'https://doi.org/10.5555/X', pmcid: 'PMC-12' } as unknown as SanityDocument
    expect(await markersOf(malformed)).toEqual([
      'error issued: Give the publication date as a year (2024), a year and month (2024-03) or a full date (2024-03-15)',
      'error doi: Give the DOI bare and in lower case, e.g. 10.1000/xyz123 (no https://doi.org/)',
      'error pmcid: A PubMed Central id starts with PMC, e.g. PMC4566462',
    ])
  })

  test('a post lists itself as related, by its published or its draft id', async () => {
    const selfRelated = postWith((p) => p.relatedPosts.push({ _type: 'reference', _ref: p._id, _key: 'r2' }))
    expect(await markersOf(selfRelated)).toEqual(['error relatedPosts: A post cannot be related to itself'])
    // The Studio validates the draft (drafts.<id>) while the editor works; its references use the published id.
    const draft = { ...selfRelated, _id: `drafts.${goodPost._id}` }
    expect(await markersOf(draft)).toEqual(['error relatedPosts: A post cannot be related to itself'])
  })

  test('the same related post or works-cited entry is listed twice', async () => {
    const post = postWith((p) => {
      p.relatedPosts.push({ _type: 'reference', _ref: otherPost._id, _key: 'r2' })
      p.worksCited.push({ _type: 'reference', _ref: citationOds._id, _key: 'w3' })
    })
    // Both copies are marked, so the editor sees which entries to remove.
    expect(await markersOf(post)).toEqual([
      'error worksCited[_key=="w1"]: This source is already in Works cited',
      'error worksCited[_key=="w3"]: This source is already in Works cited',
      'error relatedPosts[_key=="r1"]: This post is already listed',
      'error relatedPosts[_key=="r2"]: This post is already listed',
    ])
  })

  test('a video is not on YouTube or Vimeo', async () => {
    const post = postWith((p) => Object.assign(p.body[5]!, { url: 'https://videos.example.com/watch?v=dQw4w9WgXcQ' }))
    expect(await markersOf(post)).toEqual([
      'error body[_key=="b6"].url: Paste a YouTube (youtube.com/watch?v=…, youtu.be/…, youtube.com/embed/…) or Vimeo (vimeo.com/…) video address',
    ])
  })

  test('the title is longer than 120 characters', async () => {
    const markers = await markersOf(postWith((p) => (p.title = 'Calcium '.repeat(16))))
    expect(markers).toContain('error title: Titles longer than 120 characters break the page layout; shorten it')
  })

  test('a citation marker points at a citation that is not in Works cited', async () => {
    const post = postWith((p) => p.worksCited.splice(0, 1))
    expect(await markersOf(post)).toEqual([
      'error body[_key=="b2"].markDefs[_key=="m1"].citation: This citation is not in Works cited. Add it to Works cited (Sources tab) so it gets a number.',
    ])
  })

  test('a citation marker was left without picking a source', async () => {
    const post = postWith((p) => Reflect.deleteProperty(p.body[1]!.markDefs![0]!, 'citation'))
    // On the paragraph, naming the words; the marker's own popover is not red before a pick.
    expect(await markersOf(post)).toEqual([
      'warning worksCited: Not cited in the text, so shown under "Further reading": “Vitamin D - Health Professional Fact Sheet”. Cite it where the post relies on it, or remove it.',
      'error body[_key=="b2"]: The citation marker on “Vitamin D helps the gut absorb calcium” has no source. Click it and pick an entry from Works cited, or remove the marker.',
    ])
  })

  test('another post already uses the slug', async () => {
    const post = postWith((p) => (p.slug.current = otherPost.slug.current))
    expect(await markersOf(post)).toEqual(['error slug: Slug is already in use'])
  })

  test('the slug is longer than the site allows or would not be its own address', async () => {
    expect(await markersOf(postWith((p) => (p.slug.current = 'a'.repeat(97))))).toEqual([
      'error slug: The slug is 97 characters long; use at most 96',
    ])
    expect(await markersOf(postWith((p) => (p.slug.current = '../vitamin d')))).toEqual([
      'error slug: Use lowercase letters a–z, digits and single hyphens, at most 96 characters (e.g. vitamin-d3-and-k2)',
    ])
  })

  test('the excerpt is missing or over 300 characters', async () => {
    expect(await markersOf(postWith((p) => Reflect.deleteProperty(p, 'excerpt')))).toEqual(['error excerpt: Write a short excerpt'])
    expect(await markersOf(postWith((p) => (p.excerpt = 'x'.repeat(301))))).toEqual([
      'error excerpt: Excerpts are limited to 300 characters',
    ])
  })

  test('the update date is before the publication date', async () => {
    const post = postWith((p) => (p.updatedAt = '2025-06-01T00:00:00Z'))
    expect(await markersOf(post)).toEqual(['error updatedAt: The update date cannot be before the publication date'])
  })

  test('there are more than six highlights', async () => {
    const post = postWith((p) => {
      p.highlights = Array.from({ length: 7 }, (_, i) => ({ _type: 'highlight', _key: `h${i}`, heading: `Point ${i}`, text: 'Short.' }))
    })
    expect(await markersOf(post)).toEqual(['error highlights: Use at most six highlights'])
  })
})

describe('style problems are warnings, not errors', () => {
  test('long search title and description', async () => {
    const post = postWith((p) => Object.assign(p.seo, { title: 'x'.repeat(61), description: 'y'.repeat(161) }))
    expect(await markersOf(post)).toEqual([
      'warning seo.title: Search engines cut titles after about 60 characters',
      'warning seo.description: Search engines cut descriptions after about 160 characters',
    ])
  })

  test('two citations are one source: the same page (case, www, tracking parameters, text fragment aside) or the same DOI', async () => {
    const message =
      'warning url: The citation “Vitamin D - Health Professional Fact Sheet” (citation-ods-vitamin-d) is the same source (same address, DOI or PubMed id). Add that citation to the post instead of a duplicate.'
    const samePage = {
      ...citationOds,
      _id: 'citation-ods-copy',
      title: 'Vitamin D fact sheet',
      url: 'https://ODS.od.nih.gov/factsheets/VitaminD-HealthProfessional?utm_source=newsletter#:~:text=calcium',
    } as unknown as SanityDocument
    expect(await markersOf(samePage)).toEqual([message])
    const withDoi = { ...citationOds, doi: '10.5555/ods.1' }
    const sameDoi = { ...citationOds, _id: 'citation-other', url: 'https://doi.org/10.5555/ODS.1' } as unknown as SanityDocument
    expect(
      await markersOf(sameDoi, [...goodDataset.filter((doc) => doc._id !== citationOds._id), withDoi as unknown as SanityDocument]),
    ).toEqual([message])
  })

  test('a post lists a source the text never cites: a warning naming it', async () => {
    const post = { ...goodPost, body: goodPost.body.filter((block) => block._key !== 'b3') } as unknown as SanityDocument
    expect(await markersOf(post)).toEqual([
      'warning worksCited: Not cited in the text, so shown under "Further reading": “Proper Calcium Use: Vitamin K2 as a Promoter of Bone and Cardiovascular Health”. Cite it where the post relies on it, or remove it.',
    ])
  })

  test('the site asks to flag commercial sources: a warning naming them', async () => {
    const shop = { ...citationOds, _id: 'citation-shop', type: 'webpage', title: 'Buy K2', url: 'https://blog.algaecal.com/k2' }
    const post = { ...goodPost, worksCited: [...goodPost.worksCited, { _type: 'reference', _key: 'shop', _ref: 'citation-shop' }] }
    const dataset = (warn: boolean) =>
      [
        ...goodDataset.map((doc) => (doc._id === 'siteSettings' ? { ...doc, warnOnCommercialSources: warn } : doc)),
        shop,
      ] as unknown as SanityDocument[]
    const markers = (warn: boolean) => markersOf(post as unknown as SanityDocument, dataset(warn))
    expect(await markers(true)).toContain(
      'warning worksCited: Commercial source (Site settings ask to flag them): “Buy K2”. Prefer a study, an agency or a health system where one says the same.',
    )
    expect((await markers(false)).filter((marker) => marker.includes('Commercial'))).toEqual([])
  })
})

describe('editing an existing document', () => {
  test('a draft may keep its published version’s slug and URL', async () => {
    const published = goodDataset.find((doc) => doc._id === goodPost._id)!
    const draft = { ...published, _id: `drafts.${goodPost._id}` } as SanityDocument
    expect(await markersOf(draft, goodDataset)).toEqual([])
    const citationDraft = { ...citationOds, _id: `drafts.${citationOds._id}` } as unknown as SanityDocument
    expect(await markersOf(citationDraft, goodDataset)).toEqual([])
  })
})
