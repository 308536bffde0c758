import { Suspense } from 'react'
import { env } from '@/lib/env'
import { worksCitedSources } from '@/lib/content/citation-format'
import type { PersonInput } from '@/lib/content/json-ld'
import { headingAnchors, tableOfContents } from '@/lib/content/toc'
import { absoluteUrl, croppedImageUrl } from '@/lib/images/urls'
import type { PostPage } from '@/lib/queries/post'
import type { SiteSettings } from '@/lib/queries/site'
import { Breadcrumbs } from '../Breadcrumbs'
import { PageLink } from '../PageLink'
import { ResponsiveImage } from '../ResponsiveImage'
import { RichText } from '../rich-text/RichText'
import { ChangeLog } from './ChangeLog'
import { Disclaimer } from './Disclaimer'
import { Highlights } from './Highlights'
import { PostByline } from './PostByline'
import { PostJsonLd } from './PostJsonLd'
import { MoreContent, PostNavigation, RelatedPosts } from './RelatedPosts'
import { ReviewNotice } from './ReviewNotice'
import { TableOfContents } from './TableOfContents'
import { WORKS_CITED_ID, WorksCited } from './WorksCited'

/** Ids the page uses itself; body headings never take them. */
const RESERVED_IDS = [
  'main',
  'post-title',
  'highlights-title',
  'toc-title',
  WORKS_CITED_ID,
  'changes-title',
  'disclaimer-title',
  'related-title',
  'more-content-title',
]

/** A post, top to bottom in the order the reader experience issue lists. */
export function PostArticle({ page, site }: { page: PostPage; site: SiteSettings }) {
  const { post, citations } = page
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const url = `${siteUrl}/blog/${post.slug}`
  const headings = headingAnchors(post.body, RESERVED_IDS)
  const citedNumbers = new Set(citations.map((entry) => entry.number))
  // One list for the works cited and the structured data: the RSC payload then carries it once.
  const sources = worksCitedSources(citations)
  const person = (who: { name: string; slug: string | null; role: string | null; credentials: string | null }): PersonInput => ({
    name: who.name,
    url: who.slug ? `${siteUrl}/authors/${who.slug}` : null,
    jobTitle: who.role,
    credentials: who.credentials,
  })

  return (
    <div className="page-post">
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Blog', href: '/blog' }, { name: post.title }]} />
      <article className="post" aria-labelledby="post-title">
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

        {/* Each Suspense boundary hydrates on its own, so React can yield between them instead of hydrating the long post in one task. */}
        <Suspense>
          <div className="prose">
            <RichText value={post.body} headings={headings} citedNumbers={citedNumbers} />
          </div>
        </Suspense>

        <Suspense>
          <WorksCited sources={sources} />
        </Suspense>
        <ChangeLog changes={post.changes} correctionsPolicy={page.policy.correctionsPolicy} />
        <ReviewNotice review={post.review} editorialPolicy={page.policy.editorialPolicy} />
        <Disclaimer disclaimer={page.disclaimer} />
      </article>

      <Suspense>
        <RelatedPosts posts={page.related} />
        <MoreContent entries={page.moreContent} />
        <PostNavigation previous={page.previous} next={page.next} />
      </Suspense>

      <PostJsonLd
        input={{
          isMedicalSite: page.policy.isMedicalSite,
          reviewer: post.review ? person(post.review.reviewer) : null,
          lastReviewedAt: post.review?.lastReviewedAt ?? null,
          posting: {
            url,
            headline: post.title,
            description: post.seo?.description || post.excerpt,
            imageUrls: [post.image, post.seo?.image].flatMap((image) => (image ? [absoluteUrl(croppedImageUrl(image), siteUrl)] : [])),
            author: post.author ? person(post.author) : null,
            publishedAt: post.publishedAt,
            updatedAt: post.modifiedAt,
            publisher: { name: site.title, url: siteUrl },
            keywords: post.tags,
            section: post.categories[0]?.title ?? null,
            citations: sources,
          },
        }}
      />
    </div>
  )
}
