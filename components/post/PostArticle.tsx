import { env } from '@/lib/env'
import { worksCitedSources } from '@/lib/content/citation-format'
import { postPageJsonLd, type PersonInput } from '@/lib/content/json-ld'
import { sourcesSummary } from '@/lib/references/source-kinds'
import { headingAnchors } from '@/lib/content/toc'
import { leadVideo } from '@/lib/content/lead-video'
import { absoluteUrl, croppedImageUrl } from '@/lib/images/urls'
import type { PostPage } from '@/lib/queries/post'
import type { SiteSettings } from '@/lib/queries/site'
import { RichText } from '../rich-text/RichText'
import { Island } from '../static-island/Island'
import { FURTHER_READING_ID, WORKS_CITED_ID } from './WorksCited'

/** Ids the page uses itself; body headings never take them. */
const RESERVED_IDS = [
  'main',
  'post-title',
  'highlights-title',
  'toc-title',
  WORKS_CITED_ID,
  FURTHER_READING_ID,
  'changes-title',
  'disclaimer-title',
  'related-title',
  'more-content-title',
]

/**
 * A post, top to bottom in the order the reader experience issue lists. All of it but its videos
 * is static islands: HTML the browser keeps as sent, not repeated in the RSC payload and never
 * hydrated (components/static-island). `live` (draft mode) renders it as ordinary React instead.
 */
export function PostArticle({ page, site, live = false }: { page: PostPage; site: SiteSettings; live?: boolean }) {
  const { post, citations } = page
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const url = `${siteUrl}/blog/${post.slug}`
  const lead = leadVideo(post)
  const body = lead ? lead.body : post.body
  const headings = headingAnchors(body, RESERVED_IDS)
  const citedNumbers = new Set(citations.filter((entry) => entry.cited).map((entry) => entry.number))
  const sources = worksCitedSources(citations, page.referenceStyle)
  const summary = sourcesSummary(sources.map((source) => source.kind))
  const person = (who: { name: string; slug: string | null; role: string | null; credentials: string | null }): PersonInput => ({
    name: who.name,
    url: who.slug ? `${siteUrl}/authors/${who.slug}` : null,
    jobTitle: who.role,
    credentials: who.credentials,
  })

  return (
    <div className="page-post">
      <Island
        live={live}
        content={{
          kind: 'Breadcrumbs',
          props: { items: [{ name: 'Home', href: '/' }, { name: 'Blog', href: '/blog' }, { name: post.title }] },
        }}
      />
      <article className="post" aria-labelledby="post-title">
        <Island live={live} content={{ kind: 'PostIntro', props: { post, policy: page.policy } }} />
        {/* A Video post's video stands where the hero would: its one player, at the top. */}
        {lead ? (
          <div className="post-hero">
            <RichText value={[lead.video]} />
          </div>
        ) : null}
        <Island live={live} content={{ kind: 'PostLead', props: { post, headings, hero: !lead } }} />

        <div className="prose">
          <Island className="prose-run" live={live} content={{ kind: 'RichText', props: { value: body, headings, citedNumbers } }} />
        </div>

        <Island live={live} content={{ kind: 'WorksCited', props: { sources, summary } }} />
        <Island live={live} content={{ kind: 'PostClosing', props: { page } }} />
      </article>

      <Island live={live} content={{ kind: 'FurtherReading', props: { page } }} />
      <Island
        live={live}
        content={{
          kind: 'JsonLd',
          props: {
            data: postPageJsonLd({
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
            }),
          },
        }}
      />
    </div>
  )
}
