import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, test } from 'vitest'
import { addDays, todayUtc } from '@/lib/review'
import type { SanityDocument } from '@/lib/source/dataset-file'
import { checkDataset, formatProblem, type Problem } from '@/scripts/content-check/index'
import { DEMO_DATASET, loadDemoDocuments } from './support'

const run = promisify(execFile)

/** The demo dataset with deliberate mistakes an editor (or an import) could make. */
function breakDataset(documents: SanityDocument[]): SanityDocument[] {
  const posts = documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
  // A citation of a post that still renders (posts[0] loses its title), so its page reports the citation left out.
  const citedId = (
    posts.slice(1).find((post) => Array.isArray(post.worksCited) && post.worksCited.length > 0)!.worksCited as { _ref: string }[]
  )[0]!._ref
  return documents.map((doc) => {
    if (doc._id === posts[0]!._id) return { ...doc, title: undefined } // no title: cannot render
    if (doc._id === posts[1]!._id) return { ...doc, mainImage: { ...(doc.mainImage as object), alt: undefined } } // image without alt text
    if (doc._id === posts[2]!._id) {
      const worksCited = [
        ...((doc.worksCited as object[] | undefined) ?? []),
        { _type: 'reference', _key: 'gone', _ref: 'citation-that-was-deleted' },
      ]
      return { ...doc, worksCited }
    }
    if (doc._id === citedId) return { ...doc, title: '', url: 'javascript:alert(1)' } // unusable citation
    return doc
  })
}

describe('npm run content:check', () => {
  let documents: SanityDocument[]
  beforeAll(async () => {
    documents = await loadDemoDocuments()
  })

  test('the demo dataset passes: no errors', async () => {
    const { problems } = await checkDataset(DEMO_DATASET)
    expect(problems.filter((problem) => problem.level === 'error').map(formatProblem)).toEqual([])
    // Its banner says its people are fictional, so they are not flagged.
    expect(problems.filter((problem) => problem.message.includes("demo's fictional people"))).toEqual([])
  }, 180_000)

  test("warns about each of the demo's people once the demo banner is off", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'content-check-demo-')), 'data.ndjson')
    const bannerOff = documents.map((doc) => (doc._id === 'siteSettings' ? { ...doc, isDemo: false } : doc))
    await writeFile(file, bannerOff.map((doc) => JSON.stringify(doc)).join('\n'))
    const { problems } = await checkDataset(file)
    const flagged = problems.filter((problem) => problem.message.includes("demo's fictional people"))
    expect(flagged.map((problem) => problem.id).sort()).toEqual(
      documents
        .filter((doc) => doc._type === 'author')
        .map((doc) => doc._id)
        .sort(),
    )
    expect(flagged.every((problem) => problem.level === 'warning')).toBe(true)
    expect(flagged.map(formatProblem)).toContain(
      `warning author-amara-nwosu (document): Amara Nwosu, MD is one of the demo's fictional people, and the demo banner is off (siteSettings.isDemo): replace them and their posts before publishing, or turn "Demo content" on so every page says so`,
    )
  }, 180_000)

  test('a broken dataset lists each problem with document id and field, and exits non-zero', async () => {
    const broken = breakDataset(documents)
    const posts = documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    const citedId = broken.find((doc) => doc._type === 'citation' && doc.url === 'javascript:alert(1)')!._id
    const folder = await mkdtemp(path.join(os.tmpdir(), 'content-check-broken-'))
    const file = path.join(folder, 'data.ndjson')
    // Documents already carry asset references (and their asset documents), so no image files are needed.
    await writeFile(file, broken.map((doc) => JSON.stringify(doc)).join('\n'))

    const { problems } = await checkDataset(file)
    const has = (id: string, field: string | RegExp, message: RegExp) =>
      problems.some(
        (problem: Problem) =>
          problem.level === 'error' &&
          problem.id === id &&
          (typeof field === 'string' ? problem.path === field : field.test(problem.path)) &&
          message.test(problem.message),
      )

    // The Studio's rules.
    expect(has(posts[0]!._id, 'title', /./)).toBe(true)
    expect(has(posts[1]!._id, /^mainImage\.alt$/, /alt/i)).toBe(true)
    expect(has(citedId, 'url', /./)).toBe(true)
    expect(has(posts[2]!._id, /^worksCited/, /./)).toBe(true)
    // The site's query contracts.
    expect(has(posts[0]!._id, '(post page)', /cannot parse/)).toBe(true)
    expect(has(citedId, '(citation)', /left out of the works cited/)).toBe(true)
    expect(has(posts[2]!._id, /^worksCited\[\d+\]$/, /citation-that-was-deleted/)).toBe(true)

    // The command prints them one per line and fails.
    const cli = await run(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', file], { cwd: process.cwd() }).then(
      () => ({ code: 0, stdout: '' }),
      (error: { code: number; stdout: string }) => error,
    )
    expect(cli.code).toBe(1)
    expect(cli.stdout).toContain(`${posts[0]!._id} title: `)
    expect(cli.stdout).toContain(`${citedId} url: `)
  }, 240_000)

  test('reports malformed content the site skips instead of crashing: a bad line, a null span or mark, unreadable dates, a bad slug', async () => {
    const posts = documents.filter((doc) => doc._type === 'post' && !doc._id.startsWith('drafts.'))
    const [nullParts, badDate, farDate, badSlug] = posts as [SanityDocument, SanityDocument, SanityDocument, SanityDocument]
    const changed = new Map<string, SanityDocument>([
      [
        nullParts._id,
        {
          ...nullParts,
          body: [
            {
              _type: 'block',
              _key: 'odd',
              style: 'normal',
              markDefs: [null],
              children: [null, { _type: 'span', _key: 's', text: 'x', marks: [] }],
            },
            ...(nullParts.body as object[]),
          ],
        },
      ],
      [badDate._id, { ...badDate, publishedAt: '2026-13-45' }],
      [farDate._id, { ...farDate, updatedAt: '+010000-01-01' }],
      [badSlug._id, { ...badSlug, slug: { _type: 'slug', current: 'x</loc></url><url><loc>https://evil.example/' } }],
    ])
    const lines = documents.map((doc) => JSON.stringify(changed.get(doc._id) ?? doc))
    lines.splice(2, 0, '{"_id": "half-a-line"')
    const folder = await mkdtemp(path.join(os.tmpdir(), 'content-check-malformed-'))
    const file = path.join(folder, 'data.ndjson')
    await writeFile(file, lines.join('\n'))

    const { problems } = await checkDataset(file)
    const reported = problems.map(formatProblem)
    expect(reported).toContain(`error   ${file}:3 (line): not valid JSON: the line is skipped, its document is missing from the site`)
    expect(reported).toContain(`error   ${nullParts._id} body: block odd: skipped a malformed span: readers do not see it`)
    expect(reported).toContain(`error   ${nullParts._id} body: block odd: ignored a malformed mark definition: readers do not see it`)
    expect(reported).toContain(`error   ${badDate._id} publishedAt: "2026-13-45" is not a date: this post never appears on the site`)
    expect(reported).toContain(`warning ${farDate._id} updatedAt: "+010000-01-01" is not a date: the site ignores it`)
    expect(reported).toContain(
      `error   ${badSlug._id} slug: Use lowercase letters a–z, digits and single hyphens, at most 96 characters (e.g. vitamin-d3-and-k2)`,
    )
    // Reported once, by the rule; not again as a post the lists could not parse.
    expect(reported.filter((line) => line.startsWith(`error   ${badSlug._id}`))).toHaveLength(1)
  }, 240_000)

  test('reports review problems: a missing reviewer, a review before publication, a change dated in the future, an overdue review', async () => {
    const post = (slug: string) => `post-${slug}`
    const future = addDays(todayUtc(), 5)
    const broken = documents.map((doc) => {
      if (doc._id === post('vitamin-b')) return { ...doc, reviewedBy: undefined, lastReviewedAt: undefined }
      if (doc._id === post('calcium-food-first')) return { ...doc, lastReviewedAt: '2026-01-02' } // published 2026-03-09
      if (doc._id === post('magnesium-basics')) {
        return { ...doc, changes: [{ _type: 'postChange', _key: 'soon', date: future, kind: 'update', note: 'Not yet.' }] }
      }
      return doc
    })
    const folder = await mkdtemp(path.join(os.tmpdir(), 'content-check-review-'))
    const file = path.join(folder, 'data.ndjson')
    await writeFile(file, broken.map((doc) => JSON.stringify(doc)).join('\n'))

    const lines = (await checkDataset(file)).problems.map(formatProblem)
    expect(lines).toContain(
      `error   ${post('vitamin-b')} reviewedBy: Choose who reviewed this post: Site settings require a reviewer on every post`,
    )
    expect(lines).toContain(
      `error   ${post('calcium-food-first')} lastReviewedAt: The review date cannot be before the post was published (March 9, 2026)`,
    )
    expect(lines).toContain(`error   ${post('magnesium-basics')} changes[_key=="soon"].date: The date of a change cannot be in the future`)
    // The demo's one overdue post is a warning, in the unbroken dataset too.
    expect(lines.filter((line) => line.includes('Review overdue'))).toEqual([
      `warning ${post('vitamin-d3-and-k2-synergy')} nextReviewDue: Review overdue since September 15, 2026: have the reviewer re-check the post, then use "Mark reviewed today"`,
    ])
  }, 240_000)
})
