import { tableOfContents, type HeadingAnchor } from '@/lib/content/toc'
import type { PostPage } from '@/lib/queries/post'
import { PageLink } from '../PageLink'
import { ResponsiveImage } from '../ResponsiveImage'
import { Highlights } from './Highlights'
import { PostByline } from './PostByline'
import { TableOfContents } from './TableOfContents'

/** What comes before the text: title, byline, categories, hero image, key points, contents. */
export function PostIntro({ post, headings }: { post: PostPage['post']; headings: readonly HeadingAnchor[] }) {
  return (
    <>
      <header className="post-header">
        <h1 id="post-title">{post.title}</h1>
        <PostByline post={post} />
        {post.categories.length > 0 ? (
          <ul className="tags" aria-label="Categories">
            {post.categories.map((category) => (
              <li key={category._id}>
                <PageLink href={`/blog/category/${category.slug}`}>{category.title}</PageLink>
              </li>
            ))}
          </ul>
        ) : null}
      </header>

      {post.image ? (
        <figure className="post-hero">
          <ResponsiveImage image={post.image} layout="hero" priority />
          {post.image.caption ? <figcaption>{post.image.caption}</figcaption> : null}
        </figure>
      ) : null}

      <Highlights highlights={post.highlights} />
      <TableOfContents entries={tableOfContents(headings)} />
    </>
  )
}
