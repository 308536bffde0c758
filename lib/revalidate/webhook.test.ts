import { describe, expect, test } from 'vitest'
import { referrersLookupId, tagsForChange, webhookPayloadSchema } from './webhook'

describe('tagsForChange', () => {
  test('an unchanged slug is revalidated once', () => {
    expect(tagsForChange({ _id: 'post-a', _type: 'post', slug: 'a', previousSlug: 'a' })).toEqual(['post:a', 'post-list'])
  })

  test('a newly created post (no previous slug) reaches its page and the lists', () => {
    expect(tagsForChange(webhookPayloadSchema.parse({ _id: 'post-a', _type: 'post', slug: 'a', previousSlug: null }))).toEqual([
      'post:a',
      'post-list',
    ])
  })

  test('a category renamed to a new slug refreshes both addresses', () => {
    expect(tagsForChange({ _id: 'category-x', _type: 'category', slug: 'new', previousSlug: 'old' })).toEqual([
      'category:new',
      'category:old',
      'post-list',
    ])
  })

  test('a page edit refreshes the page under its old and new address and the links to it', () => {
    expect(tagsForChange({ _id: 'page-about', _type: 'page', slug: 'about-us', previousSlug: 'about' })).toEqual([
      'page:about-us',
      'page:about',
      'pages',
    ])
  })

  test('asset documents and unknown types touch no cached page', () => {
    expect(tagsForChange({ _id: 'image-abc-1x1-png', _type: 'sanity.imageAsset' })).toEqual([])
    expect(tagsForChange({ _id: 'thing', _type: 'somethingNew' })).toEqual([])
  })

  test('a health record is looked up through its citation, whose citing posts it revalidates', () => {
    expect(referrersLookupId({ _id: 'sourceHealth-citation-ods', _type: 'sourceHealth' })).toBe('citation-ods')
    expect(referrersLookupId({ _id: 'citation-ods', _type: 'citation' })).toBe('citation-ods')
    expect(referrersLookupId({ _id: 'post-a', _type: 'post' })).toBeUndefined()
    expect(
      tagsForChange({ _id: 'sourceHealth-citation-ods', _type: 'sourceHealth' }, { postSlugs: ['a', 'b'], isSiteDefault: false }),
    ).toEqual(['post:a', 'post:b'])
  })

  test('release versions are treated like drafts', () => {
    expect(tagsForChange({ _id: 'versions.r1.post-a', _type: 'post', slug: 'a' })).toEqual([])
  })

  test('a post shared by two referrer lists is listed once', () => {
    expect(tagsForChange({ _id: 'author-x', _type: 'author' }, { postSlugs: ['a', 'a', 'b'], isSiteDefault: false })).toEqual([
      'post:a',
      'post:b',
      'authors',
      'post-list',
    ])
  })

  test('an author edit reaches every post they wrote or reviewed, their page under both slugs, and /authors', () => {
    expect(
      tagsForChange(
        { _id: 'author-amara', _type: 'author', slug: 'amara-nwosu-md', previousSlug: 'amara-nwosu' },
        { postSlugs: ['wrote-one', 'reviewed-one'], isSiteDefault: false },
      ),
    ).toEqual(['post:wrote-one', 'post:reviewed-one', 'author:amara-nwosu-md', 'author:amara-nwosu', 'authors', 'post-list'])
  })
})
