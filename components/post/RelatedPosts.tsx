import { PageLink } from '../PageLink'
import type { PostPage } from '@/lib/queries/post'
import { PostCard } from '../PostCard'

/**
 * "Next, check out our posts": the editor's picks, topped up to three. It and "More content you
 * might like" are one kind of list, drawn alike: a row per post, thumbnail beside the text.
 */
export function RelatedPosts({ posts }: { posts: PostPage['related'] }) {
  if (posts.length === 0) return null
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="section-label">
        Next, check out our posts
      </h2>
      <ul className="card-rows" role="list">
        {posts.map((post) => (
          <li key={post._id}>
            <PostCard post={post} headingLevel="h3" />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** "More content you might like": the latest News, Video and Review post. */
export function MoreContent({ entries }: { entries: PostPage['moreContent'] }) {
  if (entries.length === 0) return null
  return (
    <section className="more-content" aria-labelledby="more-content-title">
      <h2 id="more-content-title" className="section-label">
        More content you might like
      </h2>
      <ul className="card-rows" role="list">
        {entries.map(({ category, post }) => (
          <li key={category.slug}>
            <PostCard
              post={post}
              headingLevel="h3"
              eyebrow={<PageLink href={`/blog/category/${category.slug}`}>Latest {category.title}</PageLink>}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

export function PostNavigation({ previous, next }: Pick<PostPage, 'previous' | 'next'>) {
  if (!previous && !next) return null
  return (
    <nav className="post-nav" aria-label="Previous and next posts">
      {previous ? (
        <PageLink href={`/blog/${previous.slug}`} className="post-nav-previous" rel="prev">
          <span className="post-nav-label">Previous post</span>
          <span className="post-nav-title">{previous.title}</span>
        </PageLink>
      ) : (
        <span />
      )}
      {next ? (
        <PageLink href={`/blog/${next.slug}`} className="post-nav-next" rel="next">
          <span className="post-nav-label">Next post</span>
          <span className="post-nav-title">{next.title}</span>
        </PageLink>
      ) : null}
    </nav>
  )
}

/** Where to go next, below the article: related posts, one post per section, previous and next. */
export function FurtherReading({ page }: { page: Pick<PostPage, 'related' | 'moreContent' | 'previous' | 'next'> }) {
  return (
    <>
      <RelatedPosts posts={page.related} />
      <MoreContent entries={page.moreContent} />
      <PostNavigation previous={page.previous} next={page.next} />
    </>
  )
}
