import Link from 'next/link'
import { env } from '@/lib/env'
import { blogPostingJsonLd } from '@/lib/content/json-ld'
import { headingAnchors, tableOfContents } from '@/lib/content/toc'
import { absoluteUrl, croppedImageUrl } from '@/lib/images/urls'
import type { PostPage } from '@/lib/queries/post'
import type { SiteSettings } from '@/lib/queries/site'
import { Breadcrumbs } from '../Breadcrumbs'
import { JsonLd } from '../JsonLd'
import { PostMeta } from '../PostMeta'
import { ResponsiveImage } from '../ResponsiveImage'
import { RichText } from '../rich-text/RichText'
import { Disclaimer } from './Disclaimer'
import { Highlights } from './Highlights'
import { MoreContent, PostNavigation, RelatedPosts } from './RelatedPosts'
import { TableOfContents } from './TableOfContents'
import { WORKS_CITED_ID, WorksCited } from './WorksCited'

/** Ids the page uses itself; body headings never take them. */
const RESERVED_IDS = ['main', 'post-title', 'highlights-title', 'toc-title', WORKS_CITED_ID, 'disclaimer-title', 'related-title', 'more-content-title']

/** A post, top to bottom in the order the reader experience issue lists. */
export function PostArticle({ page, site }: { page: PostPage; site: SiteSettings }) {
  const { post, citations } = page
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const url = `${siteUrl}/blog/${post.slug}`
  const headings = headingAnchors(post.body, RESERVED_IDS)
  const citationTitles = new Map(citations.map((entry) => [entry.number, entry.citation.title]))

  return (
    <div className="page-post">
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Blog', href: '/blog' }, { name: post.title }]} />
      <article className="post" aria-labelledby="post-title">
        <header className="post-header">
          <h1 id="post-title">{post.title}</h1>
          <PostMeta
            author={post.author?.name}
            publishedAt={post.publishedAt}
            updatedAt={post.updatedAt}
            readingTimeMinutes={post.readingTimeMinutes}
          />
          {post.categories.length > 0 ? (
            <ul className="tags" aria-label="Categories">
              {post.categories.map((category) => (
                <li key={category._id}>
                  <Link href={`/blog/category/${category.slug}`}>{category.title}</Link>
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

        <div className="prose">
          <RichText value={post.body} headings={headings} citationTitles={citationTitles} />
        </div>

        <WorksCited citations={citations} />
        <Disclaimer disclaimer={page.disclaimer} />
      </article>

      <RelatedPosts posts={page.related} />
      <MoreContent entries={page.moreContent} />
      <PostNavigation previous={page.previous} next={page.next} />

      <JsonLd
        data={blogPostingJsonLd({
          url,
          headline: post.title,
          description: post.seo?.description || post.excerpt,
          imageUrls: [post.image, post.seo?.image].flatMap((image) => (image ? [absoluteUrl(croppedImageUrl(image), siteUrl)] : [])),
          author: post.author ? { name: post.author.name } : null,
          publishedAt: post.publishedAt,
          updatedAt: post.updatedAt,
          publisher: { name: site.title, url: siteUrl },
          keywords: post.tags,
          section: post.categories[0]?.title ?? null,
          citations: citations.map((entry) => entry.citation),
        })}
      />
    </div>
  )
}

