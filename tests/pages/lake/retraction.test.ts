import { afterAll, expect, it } from 'vitest'
import { byId, page, publicPosts, slugOf } from '../support'
import { healthDocumentId, healthDocument } from '@/lib/sources-health/health'
import { editorClient, sendWebhook } from './lake'

/**
 * A source `sources:check` found retracted is flagged to readers beside its works-cited entry
 * ("Retracted on … — notice"), server-rendered, after the health record's webhook. The notice is
 * an invented one (Crossref's test prefix): no real demo article is marked retracted.
 */

type Ref = { _ref: string }
const post = publicPosts.find((doc) => ((doc.worksCited as Ref[] | undefined) ?? []).length > 0)!
const citationId = (post.worksCited as Ref[])[0]!._ref
const healthId = healthDocumentId(citationId)
const original = byId.get(healthId)
const NOTICE = 'https://doi.org/10.5555/cited.demo.retraction'

afterAll(async () => {
  const client = editorClient()
  if (original) await client.createOrReplace(original as never)
  else await client.delete(healthId)
  await sendWebhook({ _id: healthId, _type: 'sourceHealth' })
})

it('a retracted source shows its notice beside its entry, the entry still listed', async () => {
  const citation = byId.get(citationId)!
  const record = original ?? {
    ...healthDocument(citationId, {
      url: String(citation.url),
      status: 'ok',
      httpStatus: 200,
      finalUrl: String(citation.url),
      redirect: null,
      problem: null,
      textFound: null,
      archivedUrl: null,
      archivedAt: null,
      checkedAt: '2026-11-18T06:00:00.000Z',
      failures: 0,
      firstFailedAt: null,
    }),
  }
  await editorClient().createOrReplace({ ...record, retraction: { status: 'retracted', notice: NOTICE, date: '2024-03-05' } } as never)
  await sendWebhook({ _id: healthId, _type: 'sourceHealth' })

  const { document } = await page(`/blog/${slugOf(post)}`)
  const entry = [...document.querySelectorAll('.works-cited li')].find((li) => li.textContent?.includes(String(citation.title)))
  expect(entry, 'the entry stays listed').toBeDefined()
  const notice = entry!.querySelector('.source-retraction')
  expect(notice?.textContent).toBe('. Retracted on March 5, 2024 — notice')
  expect(notice?.querySelector('a')?.getAttribute('href')).toBe(NOTICE)
}, 60_000)
