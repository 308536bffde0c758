import type { ReactNode } from 'react'
import { PageLink } from './PageLink'
import type { PostCard as PostCardData } from '@/lib/queries/fragments'
import { PostMeta } from './PostMeta'
import { ResponsiveImage } from './ResponsiveImage'
import { Title } from './Title'

/** A post in a list: the title link covers the card; only the byline's author link sits above it. */
export function PostCard({
  post,
  headingLevel = 'h2',
  priority = false,
  lead = false,
  eyebrow,
}: {
  post: PostCardData
  headingLevel?: 'h2' | 'h3'
  /** The card at the top of a page: its image is likely the largest paint, so load it first. */
  priority?: boolean
  /** The home page's first card, drawn wider beside its text. */
  lead?: boolean
  /** What the label above the title says instead of the post's categories. */
  eyebrow?: ReactNode
}) {
  const Heading = headingLevel
  const label = eyebrow ?? post.categories.map((category) => category.title).join(' · ')
  return (
    <article className="card">
      {post.image ? (
        <div className="card-image">
          <ResponsiveImage image={post.image} layout={lead ? 'leadCard' : 'card'} priority={priority} />
        </div>
      ) : null}
      <div className="card-body">
        {label ? <p className="eyebrow">{label}</p> : null}
        <Heading className="card-title">
          <PageLink href={`/blog/${post.slug}`}>
            <Title text={post.title} />
          </PageLink>
        </Heading>
        {post.excerpt ? <p className="card-excerpt">{post.excerpt}</p> : null}
        <PostMeta author={post.author} publishedAt={post.publishedAt} readingTimeMinutes={post.readingTimeMinutes} />
      </div>
    </article>
  )
}

export function PostGrid({
  posts,
  headingLevel = 'h2',
  priorityFirst = false,
}: {
  posts: PostCardData[]
  headingLevel?: 'h2' | 'h3'
  /** The grid opens the page, so its first image is likely the largest paint. */
  priorityFirst?: boolean
}) {
  return (
    <ul className="card-grid" role="list">
      {posts.map((post, index) => (
        <li key={post._id}>
          <PostCard post={post} headingLevel={headingLevel} priority={priorityFirst && index === 0} />
        </li>
      ))}
    </ul>
  )
}
