import { Badge, Card, Flex, Spinner, Stack, Text } from '@sanity/ui'
import { useEffect, useState } from 'react'
import { getPublishedId, Preview, useClient, useSchema } from 'sanity'
import { IntentLink } from 'sanity/router'
import type { UserViewComponent } from 'sanity/structure'
import { apiVersion } from '../env'

/**
 * A document view listing the posts that reference the open document: "Cited by" on a citation,
 * "Used by" on a disclaimer, "Posts" on a category or author. It answers "what will change if I
 * edit this?" before the editor publishes.
 */

export type ReferringPostsOptions = {
  /** What to say when no post references the document. */
  emptyText: string
  /** Also say whether the document is the site's default disclaimer (Site settings). */
  showSiteDefault?: boolean
}

type Result = { posts: { _id: string; title?: string }[]; isSiteDefault: boolean }
type Answer = { id: string; result?: Result; error?: string }

// The drafts perspective lists each post once, in its latest (possibly unpublished) form.
const referringPostsQuery = `{
  "posts": *[_type == "post" && references($id)] | order(publishedAt desc) { _id, title },
  "isSiteDefault": *[_id == "siteSettings"][0].defaultDisclaimer._ref == $id
}`

export const ReferringPosts: UserViewComponent<ReferringPostsOptions> = ({ documentId, options }) => {
  const client = useClient({ apiVersion })
  const schema = useSchema()
  const postType = schema.get('post')
  const id = getPublishedId(documentId)
  // Answers are kept with the id they are for, so another document shows "loading", not stale posts.
  const [answer, setAnswer] = useState<Answer>()
  const state: Partial<Answer> = answer && answer.id === id ? answer : {}

  useEffect(() => {
    let active = true
    client
      .withConfig({ perspective: 'drafts' })
      .fetch<Result>(referringPostsQuery, { id })
      .then(
        (result) => active && setAnswer({ id, result }),
        (error: Error) => active && setAnswer({ id, error: error.message }),
      )
    return () => {
      active = false
    }
  }, [client, id])

  if (state.error) {
    return (
      <Card padding={4} tone="critical">
        <Text>Could not load the posts that use this document: {state.error}</Text>
      </Card>
    )
  }
  if (!state.result) {
    return (
      <Flex padding={4} align="center" gap={3}>
        <Spinner muted />
        <Text muted>Looking for posts…</Text>
      </Flex>
    )
  }

  const { posts, isSiteDefault } = state.result
  return (
    <Stack padding={4} gap={4}>
      {options.showSiteDefault && isSiteDefault && (
        <Card padding={3} radius={2} tone="primary" border>
          <Flex align="center" gap={3}>
            <Badge tone="primary">Site default</Badge>
            <Text size={1}>Every post without its own disclaimer also shows this one.</Text>
          </Flex>
        </Card>
      )}
      <Text size={1} muted>
        {posts.length === 0
          ? options.emptyText
          : `${posts.length} ${posts.length === 1 ? 'post' : 'posts'} — editing this document changes ${posts.length === 1 ? 'it' : 'them'} when published.`}
      </Text>
      <Stack as="ul" gap={1} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {posts.map((post) => (
          <li key={post._id}>
            <Card as={IntentLink} intent="edit" params={{ id: post._id, type: 'post' }} padding={2} radius={2}>
              {postType ? (
                <Preview schemaType={postType} value={{ _id: post._id, _type: 'post' }} layout="default" />
              ) : (
                <Text>{post.title ?? post._id}</Text>
              )}
            </Card>
          </li>
        ))}
      </Stack>
    </Stack>
  )
}
