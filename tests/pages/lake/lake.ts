import { encodeSignatureHeader } from '@sanity/webhook'
import { expect, inject } from 'vitest'
import { createLakeClient } from '@/lib/source/client'
import { DEFAULT_API_VERSION } from '@/lib/sanity-api-defaults'
import { lakeControl } from '../../support/content-lake'
import { SERVER_ONLY_CANARIES } from '../global-setup'
import { origin } from '../support'

/** The stand-in Content Lake the lake-mode server reads, as an editor's tools reach it. */
export function pagesLake() {
  const lake = inject('pagesLake')
  if (!lake) throw new Error('tests/pages/lake/ run only in the pages-lake project')
  return lake
}

/** An Editor's client, as the Studio writes with it. */
export function editorClient() {
  const { projectId, dataset, apiHost } = pagesLake()
  return createLakeClient({
    projectId,
    dataset,
    apiHost,
    apiVersion: DEFAULT_API_VERSION,
    token: SERVER_ONLY_CANARIES.SANITY_API_WRITE_TOKEN,
  })
}

export const control = () => lakeControl(pagesLake().controlUrl)

/**
 * What the project's GROQ-powered webhook sends after a publish, signed with the shared secret,
 * to the server under test or to `siteOrigin`: with the document's revision (`rev`) as the
 * stand-in holds it now, read from it unless given (a lake that cannot be read gives none, and the
 * route then waits its full 3 s as for a webhook set up without `rev`).
 */
export async function sendWebhook(change: { _id: string; _type: string; slug?: string; rev?: string | null }, siteOrigin = origin()) {
  const rev =
    change.rev !== undefined
      ? change.rev
      : await editorClient()
          .fetch<string | null>('*[_id == $id][0]._rev', { id: change._id }, { perspective: 'published' })
          .catch(() => undefined)
  const doc = rev === undefined ? change : { ...change, rev }
  const body = JSON.stringify(doc)
  const response = await fetch(`${siteOrigin}/api/revalidate`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SERVER_ONLY_CANARIES.SANITY_REVALIDATE_SECRET),
    },
    body,
  })
  expect(response.status, await response.clone().text()).toBe(200)
}
