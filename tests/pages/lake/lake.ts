import { inject } from 'vitest'
import { createLakeClient } from '@/lib/source/client'
import { DEFAULT_API_VERSION } from '@/lib/sanity-api-defaults'
import { lakeControl } from '../../support/content-lake'
import { SERVER_ONLY_CANARIES } from '../global-setup'

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
