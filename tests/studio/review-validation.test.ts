import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { addDays, addMonths, todayUtc } from '@/lib/review'
import { goodDataset, goodPost, reviewer, siteSettings } from './fixtures'
import { describeMarkers, validateIn } from './validate'

type Post = typeof goodPost & Record<string, unknown>

function postWith(change: (post: Post) => void): SanityDocument {
  const post = structuredClone(goodPost) as Post
  change(post)
  return post as unknown as SanityDocument
}

/** The good dataset with site settings changed. */
const withSettings = (changes: Record<string, unknown>) =>
  goodDataset.map((doc) => (doc._id === 'siteSettings' ? ({ ...siteSettings, ...changes } as unknown as SanityDocument) : doc))

const markersOf = async (document: SanityDocument, dataset: readonly SanityDocument[] = goodDataset) =>
  describeMarkers(await validateIn(document, dataset))

const ref = (_ref: string) => ({ _type: 'reference', _ref })
const today = todayUtc()

describe('who reviews a post', () => {
  test('a post without a reviewer cannot be published when Site settings require one', async () => {
    const post = postWith((p) => {
      delete (p as Partial<Post>).reviewedBy
    })
    expect(await markersOf(post)).toEqual([
      'error reviewedBy: Choose who reviewed this post: Site settings require a reviewer on every post',
    ])
    expect(await markersOf(post, withSettings({ requireReviewer: false }))).toEqual([])
  })

  test('the author cannot review their own post unless Site settings allow it', async () => {
    const post = postWith((p) => Object.assign(p, { reviewedBy: ref('author-maya') }))
    expect(await markersOf(post)).toEqual([
      'error reviewedBy: The reviewer must be someone other than the author: Site settings do not let writers review their own posts',
    ])
    expect(await markersOf(post, withSettings({ allowSelfReview: true }))).toEqual([])
  })
})

describe('review dates', () => {
  test('a review cannot predate publication', async () => {
    expect(await markersOf(postWith((p) => Object.assign(p, { lastReviewedAt: '2025-06-01' })))).toEqual([
      'error lastReviewedAt: The review date cannot be before the post was published (June 27, 2025)',
    ])
  })

  test('a review cannot be in the future', async () => {
    const nextWeek = addDays(today, 7)!
    expect(
      await markersOf(postWith((p) => Object.assign(p, { lastReviewedAt: nextWeek, nextReviewDue: addMonths(nextWeek, 12) }))),
    ).toEqual(['error lastReviewedAt: The review date cannot be in the future'])
  })

  test('a named reviewer needs the day of the review', async () => {
    expect(await markersOf(postWith((p) => delete (p as Partial<Post>).lastReviewedAt))).toEqual([
      'error lastReviewedAt: Give the day the reviewer checked the post',
    ])
  })

  test('the next review must come after the last one', async () => {
    expect(await markersOf(postWith((p) => Object.assign(p, { nextReviewDue: '2025-06-30' })))).toEqual([
      'error nextReviewDue: The next review must come after the last review (July 1, 2025)',
      'warning nextReviewDue: Review overdue since June 30, 2025: have the reviewer re-check the post, then use "Mark reviewed today"',
    ])
  })

  test('an overdue review is a warning: the post stays publishable', async () => {
    const markers = await validateIn(
      postWith((p) => Object.assign(p, { nextReviewDue: addDays(today, -1) })),
      goodDataset,
    )
    expect(markers.map((marker) => marker.level)).toEqual(['warning'])
    expect(describeMarkers(markers)[0]).toMatch(/^warning nextReviewDue: Review overdue since /)
  })

  test('without its own next review date, a post falls due one site interval after its last review', async () => {
    const post = postWith((p) => {
      delete (p as Partial<Post>).nextReviewDue
    })
    // Reviewed 2025-07-01: due 2026-07-01 with the 12-month interval, long passed.
    expect(await markersOf(post)).toEqual([
      'warning nextReviewDue: Review overdue since July 1, 2026: have the reviewer re-check the post, then use "Mark reviewed today"',
    ])
    expect(await markersOf(post, withSettings({ reviewIntervalMonths: 60 }))).toEqual([])
  })
})

describe('updates and corrections', () => {
  test('a change cannot be dated in the future', async () => {
    const post = postWith((p) => Object.assign(p.changes[0]!, { date: addDays(today, 3) }))
    expect(await markersOf(post)).toEqual(['error changes[_key=="ch2"].date: The date of a change cannot be in the future'])
  })

  test('each change says what kind it is and what changed', async () => {
    const post = postWith((p) => {
      delete (p.changes[0] as Partial<Post['changes'][number]>).kind
      p.changes[1]!.note = ''
    })
    expect(await markersOf(post)).toEqual([
      'error changes[_key=="ch2"].kind: Say whether this is a correction, an update or a clarification',
      'error changes[_key=="ch1"].note: Tell readers what changed',
    ])
  })

  test('an out-of-order log is a warning', async () => {
    expect(await markersOf(postWith((p) => p.changes.reverse()))).toEqual([
      'warning changes: List the newest change first, as readers see it',
    ])
  })
})

describe('authors and site settings', () => {
  test('profile links must be web addresses', async () => {
    const author = { ...reviewer, sameAs: ['javascript:alert(1)'] } as unknown as SanityDocument
    expect(await markersOf(author)).toEqual([
      'error sameAs[0]: Use the full address of the profile page, starting with https:// or http://',
    ])
  })

  test('credentials are the letters after the name, not a title', async () => {
    const author = { ...reviewer, credentials: 'Dr. Kowalski' } as unknown as SanityDocument
    expect(await markersOf(author)).toEqual(['warning credentials: Write the letters after the name (e.g. "MD"), not a title such as "Dr"'])
  })

  test('the review interval is a whole number of months', async () => {
    const settings = { ...siteSettings, reviewIntervalMonths: 0.5 } as unknown as SanityDocument
    expect(await markersOf(settings)).toEqual([
      'error reviewIntervalMonths: Use a whole number of months between 1 and 60 (12 is common for health content)',
    ])
  })
})
