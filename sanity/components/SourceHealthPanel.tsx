import { Badge, Card, Flex, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { getPublishedId, useClient, type ObjectInputProps } from 'sanity'
import { healthDocumentId, type SourceStatus } from '../../lib/sources-health/health'
import { apiVersion } from '../env'
import { formatDate } from '../../lib/content/dates'
import { SOURCE_STATUS_ADVICE, SOURCE_STATUS_LABELS, SOURCE_STATUS_TONES } from '../lib/source-health'

type Health = {
  status?: SourceStatus
  httpStatus?: number | null
  finalUrl?: string | null
  redirect?: string | null
  problem?: string | null
  textFound?: boolean | null
  archivedUrl?: string | null
  archivedAt?: string | null
  checkedAt?: string | null
  failures?: number
  firstFailedAt?: string | null
  checkRequestedAt?: string | null
}

/** The latest `sources:check` result for a citation, kept current while the form is open. */
export function useSourceHealth(citationId: string): Health | null | undefined {
  const client = useClient({ apiVersion })
  const [health, setHealth] = useState<Health | null | undefined>(undefined)
  const id = healthDocumentId(getPublishedId(citationId))
  useEffect(() => {
    let active = true
    const load = () =>
      client.fetch<Health | null>('*[_id == $id][0]', { id }).then(
        (doc) => active && setHealth(doc),
        () => active && setHealth(null),
      )
    load()
    const subscription = client.listen('*[_id == $id]', { id }, { visibility: 'query' }).subscribe({ next: () => void load() })
    return () => {
      active = false
      subscription.unsubscribe()
    }
  }, [client, id])
  return health
}

const day = (iso: string | null | undefined) => formatDate(iso ?? undefined)

/** Read-only: shown above the citation's fields. Editors change the address or the archived copy, not this. */
function SourceHealthSummary({ citationId }: { citationId: string }) {
  const health = useSourceHealth(citationId)
  if (health === undefined) return null
  if (!health?.status) {
    return (
      <Card padding={3} radius={2} border tone="transparent">
        <Text size={1} muted>
          Source not checked yet. Use “Check now”, or run <code>npm run sources:check</code>.
          {health?.checkRequestedAt ? ` Check requested ${day(health.checkRequestedAt)}.` : ''}
        </Text>
      </Card>
    )
  }
  const details = [
    health.httpStatus ? `HTTP ${health.httpStatus}` : null,
    health.problem,
    health.redirect && health.finalUrl ? `now at ${health.finalUrl}` : null,
    health.textFound === true ? 'cited text found' : health.textFound === false ? 'cited text not on the page' : null,
    health.failures ? `${health.failures} failed check${health.failures === 1 ? '' : 's'} since ${day(health.firstFailedAt)}` : null,
  ].filter(Boolean)
  return (
    <Card padding={3} radius={2} border tone={SOURCE_STATUS_TONES[health.status]}>
      <Stack gap={3}>
        <Flex gap={2} align="center" wrap="wrap">
          <Badge tone={SOURCE_STATUS_TONES[health.status]}>{SOURCE_STATUS_LABELS[health.status]}</Badge>
          <Text size={1} muted>
            Source checked {day(health.checkedAt) ?? 'at an unknown date'}
            {details.length ? ` · ${details.join(' · ')}` : ''}
          </Text>
        </Flex>
        <Text size={1}>{SOURCE_STATUS_ADVICE[health.status]}</Text>
        {health.archivedUrl ? (
          <Text size={1}>
            Archived copy found ({day(health.archivedAt) ?? 'undated'}):{' '}
            <a href={health.archivedUrl} target="_blank" rel="noopener noreferrer">
              {health.archivedUrl}
            </a>
          </Text>
        ) : null}
        {health.checkRequestedAt && (!health.checkedAt || health.checkRequestedAt > health.checkedAt) ? (
          <Text size={1} muted>
            Check requested; the result appears here when it is done.
          </Text>
        ) : null}
      </Stack>
    </Card>
  )
}

/** The citation form with its source health on top. */
export function CitationInput(props: ObjectInputProps) {
  const id = (props.value as { _id?: string } | undefined)?._id
  return (
    <Stack gap={4}>
      {id ? <SourceHealthSummary citationId={id} /> : null}
      {props.renderDefault(props)}
    </Stack>
  )
}
