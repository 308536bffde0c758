import { Badge, Box, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useMemo, useState } from 'react'
import { listenQuery, Preview, useClient, useSchema } from 'sanity'
import { usePaneRouter, type UserComponent } from 'sanity/structure'
import { SOURCE_HEALTH_TYPE } from '../../lib/sources-health/health'
import { apiVersion } from '../env'
import { formatDate } from '../../lib/content/dates'

/** Which health records a "Source health" list shows. */
export type SourceHealthListOptions = { filter: string; emptyText: string }

type Row = { _id: string; citationId: string; url?: string; finalUrl?: string; checkedAt?: string; posts: number }

/** The list's query: a filter over the health records, each with its citation and how many posts cite it. */
export function sourceHealthListQuery(filter: string): string {
  return `*[_type == $healthType && (${filter}) && defined(citation._ref)]{
    _id, "citationId": citation._ref, url, finalUrl, checkedAt,
    "title": *[_id == ^.citation._ref][0].title,
    "posts": count(*[_type == "post" && !(_id in path("drafts.**")) && references(^.citation._ref)])
  } | order(posts desc, title asc)`
}

// A join cannot be listened to: listen to every document the answer depends on, fetch again on change.
const LISTEN = '*[_type in [$healthType, "citation", "post"]]'

/**
 * A desk list of the sources in one state, most cited first, each opening its citation in the next
 * pane (the list stays, the open one highlighted). It follows the Content Lake: a "Check now" or a
 * `sources:check --write` moves sources in and out while it is open.
 */
export const SourceHealthList: UserComponent = (props) => {
  const options = props.options as SourceHealthListOptions
  const client = useClient({ apiVersion })
  const citationType = useSchema().get('citation')
  const { ChildLink } = usePaneRouter()
  const [state, setState] = useState<{ rows?: Row[]; error?: string }>({})
  const query = useMemo(() => sourceHealthListQuery(options.filter), [options.filter])

  useEffect(() => {
    const subscription = listenQuery(
      client,
      { fetch: query, listen: LISTEN },
      { healthType: SOURCE_HEALTH_TYPE },
      { perspective: 'published', tag: 'source-health-list' },
    ).subscribe({
      next: (rows: Row[]) => setState({ rows }),
      error: (error: Error) => setState({ error: error.message }),
    })
    return () => subscription.unsubscribe()
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
      {state.rows.map((row) => {
        const open = props.childItemId === row.citationId
        const address = row.finalUrl && row.finalUrl !== row.url ? `${row.url} → ${row.finalUrl}` : (row.url ?? '')
        return (
          <li key={row._id}>
            <Card
              as={ChildLink}
              childId={row.citationId}
              // A link styled as the Studio's own list items (no underline; hover, pressed, selected).
              data-as="a"
              data-ui="PaneItem"
              padding={2}
              radius={2}
              tone="inherit"
              // As the Studio's own lists: selected while this pane is active, pressed otherwise.
              selected={open && props.isActive}
              pressed={open && !props.isActive}
            >
              <Flex gap={2} align="center">
                <Stack gap={2} flex={1} style={{ minWidth: 0 }}>
                  {citationType ? (
                    <Preview schemaType={citationType} value={{ _id: row.citationId, _type: 'citation' }} layout="default" />
                  ) : (
                    <Text>{row.citationId}</Text>
                  )}
                  <Box paddingLeft={2}>
                    {/* Long addresses end in "…"; the whole address is on hover. */}
                    <Text size={1} muted textOverflow="ellipsis" title={address}>
                      {address}
                      {row.checkedAt ? ` · checked ${formatDate(row.checkedAt)}` : ''}
                    </Text>
                  </Box>
                </Stack>
                <Badge tone={row.posts > 0 ? 'primary' : 'default'}>
                  {row.posts} {row.posts === 1 ? 'post' : 'posts'}
                </Badge>
              </Flex>
            </Card>
          </li>
        )
      })}
    </Stack>
  )
}
