import { Badge, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { useClient } from 'sanity'
import { IntentLink } from 'sanity/router'
import type { UserComponent } from 'sanity/structure'
import { SOURCE_HEALTH_TYPE } from '../../lib/sources-health/health'
import { apiVersion } from '../env'
import { formatDate } from '../../lib/content/dates'

/** Which health records a "Source health" list shows. */
export type SourceHealthListOptions = { filter: string; emptyText: string }

type Row = { _id: string; citationId: string; title?: string; url?: string; finalUrl?: string; checkedAt?: string; posts: number }

/** A desk list of sources in one state, each with the number of posts citing it (most cited first). */
export const SourceHealthList: UserComponent = (props) => {
  const options = props.options as SourceHealthListOptions
  const client = useClient({ apiVersion })
  const [state, setState] = useState<{ rows?: Row[]; error?: string }>({})
  const query = `*[_type == "${SOURCE_HEALTH_TYPE}" && (${options.filter})]{
    _id, "citationId": citation._ref, url, finalUrl, checkedAt,
    "title": *[_id == ^.citation._ref][0].title,
    "posts": count(*[_type == "post" && !(_id in path("drafts.**")) && references(^.citation._ref)])
  } | order(posts desc, title asc)`
  useEffect(() => {
    let active = true
    client.fetch<Row[]>(query, {}, { perspective: 'published' }).then(
      (rows) => active && setState({ rows }),
      (error: Error) => active && setState({ error: error.message }),
    )
    return () => {
      active = false
    }
  }, [client, query])

  if (state.error)
    return (
      <Card padding={4} tone="critical">
        <Text>Could not load source health: {state.error}</Text>
      </Card>
    )
  if (!state.rows) {
    return (
      <Flex padding={4} gap={3} align="center">
        <Spinner muted />
        <Text muted>Loading…</Text>
      </Flex>
    )
  }
  if (state.rows.length === 0)
    return (
      <Card padding={4}>
        <Text muted>{options.emptyText}</Text>
      </Card>
    )
  return (
    <Stack as="ul" padding={2} gap={1} style={{ listStyle: 'none', margin: 0 }}>
      {state.rows.map((row) => (
        <li key={row._id}>
          <Card as={IntentLink} intent="edit" params={{ id: row.citationId, type: 'citation' }} padding={3} radius={2}>
            <Flex gap={3} align="center">
              <Stack gap={2} flex={1}>
                <Text weight="semibold" textOverflow="ellipsis">
                  {row.title ?? row.citationId}
                </Text>
                <Text size={1} muted textOverflow="ellipsis">
                  {row.finalUrl && row.finalUrl !== row.url ? `${row.url} → ${row.finalUrl}` : row.url}
                  {row.checkedAt ? ` · checked ${formatDate(row.checkedAt)}` : ''}
                </Text>
              </Stack>
              <Badge tone={row.posts > 0 ? 'primary' : 'default'}>
                {row.posts} {row.posts === 1 ? 'post' : 'posts'}
              </Badge>
            </Flex>
          </Card>
        </li>
      ))}
    </Stack>
  )
}
