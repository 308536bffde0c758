import { useEffect, useState } from 'react'
import { getPublishedId, useClient } from 'sanity'
import { SOURCE_HEALTH_TYPE } from '../../lib/sources-health/health'
import type { RetractionStatus } from '../../lib/references/retractions/display'
import { apiVersion } from '../env'

/** The retraction statuses recorded for a set of citations (published ids), kept current while shown. */
export function useRetractions(citationIds: readonly string[]): RetractionStatus[] {
  const client = useClient({ apiVersion })
  const [statuses, setStatuses] = useState<RetractionStatus[]>([])
  const key = [...new Set(citationIds.map((id) => getPublishedId(id)))].sort().join(',')
  useEffect(() => {
    if (!key) return
    const ids = key.split(',')
    let active = true
    const query = `*[_type == "${SOURCE_HEALTH_TYPE}" && citation._ref in $ids && defined(retraction.status)].retraction.status`
    const load = () =>
      client.fetch<RetractionStatus[]>(query, { ids }, { perspective: 'published' }).then(
        (found) => active && setStatuses(found),
        () => active && setStatuses([]),
      )
    void load()
    const subscription = client.listen(query, { ids }, { visibility: 'query' }).subscribe({ next: () => void load() })
    return () => {
      active = false
      subscription.unsubscribe()
    }
  }, [client, key])
  return key ? statuses : []
}
