import { tableOfContents, type HeadingAnchor } from '@/lib/content/toc'
import type { PostPage } from '@/lib/queries/post'
import { PageLink } from '../PageLink'
import { Title } from '../Title'
import { ResponsiveImage } from '../ResponsiveImage'
import { Highlights } from './Highlights'
import { PostByline } from './PostByline'
import { ReviewNotice } from './ReviewNotice'
import { TableOfContents } from './TableOfContents'

/** The post's header: title and subtitle, who wrote and reviewed it and when, how it was reviewed, categories. */
export function PostIntro({ post, policy }: { post: PostPage['post']; policy: PostPage['policy'] }) {
  return (
    <header className="post-header">
      {post.categories.length > 0 ? (
        <ul className="tags" aria-label="Categories">
          {post.categories.map((category) => (
            <li key={category._id}>
              <PageLink href={`/blog/category/${category.slug}`}>{category.title}</PageLink>
            </li>
          ))}
        </ul>
      ) : null}
      <h1 id="post-title">
        <Title text={post.title} />
      </h1>
      {post.subtitle ? <p className="page-intro">{post.subtitle}</p> : null}
      <PostByline post={post} />
      <ReviewNotice review={post.review} policy={policy} />
    </header>
  )
}

/**
 * Between the header and the text: the hero image (unless a lead video takes its place, drawn by
 * PostArticle), the key points and the contents.
 */
export function PostLead({ post, headings, hero }: { post: PostPage['post']; headings: readonly HeadingAnchor[]; hero: boolean }) {
  return (
    <>
      {hero && post.image ? (
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
