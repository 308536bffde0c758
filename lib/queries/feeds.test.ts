import { describe, expect, it } from 'vitest'
import { generateDataset } from '../../bench/generate-dataset'
import type { SanityDocument } from '../source/dataset-file'
import { createDataLayer } from '.'
import { FEED_ITEM_LIMIT } from './feeds'

// An archive larger than the feed: the sitemap lists every post, the feed only the newest.
const { documents } = generateDataset({ posts: FEED_ITEM_LIMIT * 2 + 7, seed: 'feeds' })
const { getFeed, getPublicIndex } = createDataLayer({
  source: { kind: 'local', dataset: { documents: documents as SanityDocument[], assetFiles: new Map() } },
  insideNext: false,
})
const published = documents
  .filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  .sort((a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || a._id.localeCompare(b._id))
const slugOf = (doc: (typeof documents)[number]) => (doc.slug as { current: string }).current

describe('the public index and the feed over a large archive', () => {
  it('indexes every public post for the sitemap, newest first', async () => {
    const index = await getPublicIndex()
    expect(index.posts.map((post) => post.slug)).toEqual(published.map(slugOf))
  })

  it('feeds the newest FEED_ITEM_LIMIT posts with what an item shows', async () => {
    const feed = await getFeed()
    expect(feed.map((post) => post.slug)).toEqual(published.slice(0, FEED_ITEM_LIMIT).map(slugOf))
    const first = published[0]!
    expect(feed[0]).toMatchObject({ title: first.title, publishedAt: first.publishedAt })
    expect(feed.every((post) => post.author && post.categories.length > 0)).toBe(true)
  })
})
