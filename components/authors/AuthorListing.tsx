import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getAuthorPage, getSiteSettings } from '@/lib/data'
import { env } from '@/lib/env'
import { profilePageJsonLd } from '@/lib/content/json-ld'
import { absoluteUrl, croppedImageUrl } from '@/lib/images/urls'
import { pageMetadata } from '@/lib/content/metadata'
import { type AuthorPage } from '@/lib/queries/authors'
import { Breadcrumbs } from '../Breadcrumbs'
import { JsonLd } from '../JsonLd'
import { Pagination, pagePath } from '../Pagination'
import { PostGrid } from '../PostCard'
import { Title } from '../Title'
import { Portrait } from './Portrait'

const displayName = (author: AuthorPage['author']) => (author.credentials ? `${author.name}, ${author.credentials}` : author.name)

/** `/authors/[slug]` and its later pages: who the person is, what they wrote and what they reviewed. */
export async function AuthorListing({ slug, page }: { slug: string; page: number }) {
  const data = await getAuthorPage(slug, page)
  if (!data) notFound()
  const { author } = data
  const basePath = `/authors/${author.slug}`
  const siteUrl = env.NEXT_PUBLIC_SITE_URL
  const name = displayName(author)
  return (
    <div className="page-wide">
      <Breadcrumbs
        items={[
          { name: 'Home', href: '/' },
          { name: 'Authors', href: '/authors' },
          ...(page > 1 ? [{ name: author.name, href: basePath }, { name: `Page ${page}` }] : [{ name: author.name }]),
        ]}
      />
      <header className="page-header author-profile">
        <Portrait name={author.name} image={author.image} layout="portrait" priority />
        <div className="author-summary">
          <h1>
            <Title text={name} />
            {page > 1 ? <span className="page-number"> · page {page}</span> : null}
          </h1>
          {author.role ? <p className="author-role">{author.role}</p> : null}
          {author.bio ? <p className="author-bio">{author.bio}</p> : null}
          {author.expertise.length > 0 || author.sameAs.length > 0 ? (
            <dl className="author-facts">
              {author.expertise.length > 0 ? (
                <>
                  <dt>Areas of expertise</dt>
                  <dd>{author.expertise.join(', ')}</dd>
                </>
              ) : null}
              {author.sameAs.length > 0 ? (
                <>
                  <dt>Elsewhere</dt>
                  <dd>
                    <ul>
                      {author.sameAs.map((url) => (
                        <li key={url}>
                          <a href={url} rel="noopener noreferrer me">
                            {new URL(url).hostname.replace(/^www\./, '')}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
        </div>
      </header>

      <PostSection id="wrote" title={`Articles by ${author.name}`} count={data.wrote.total} posts={data.wrote.posts} page={page} />
      <PostSection
        id="reviewed"
        title={`Articles reviewed by ${author.name}`}
        count={data.reviewed.total}
        posts={data.reviewed.posts}
        page={page}
      />
      <Pagination basePath={basePath} page={page} totalPages={data.totalPages} />

      <JsonLd
        data={profilePageJsonLd({
          name: author.name,
          url: `${siteUrl}${basePath}`,
          jobTitle: author.role,
          credentials: author.credentials,
          description: author.bio,
          imageUrl: author.image ? absoluteUrl(croppedImageUrl(author.image), siteUrl) : null,
          sameAs: author.sameAs,
          knowsAbout: author.expertise,
        })}
      />
    </div>
  )
}

/** One of the two lists; left out when the person has none of that kind, noted when they are on other pages. */
function PostSection({
  id,
  title,
  count,
  posts,
  page,
}: {
  id: string
  title: string
  count: number
  posts: AuthorPage['wrote']['posts']
  page: number
}) {
  if (count === 0) return null
  return (
    <section className="author-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {title} <span className="page-number">({count})</span>
      </h2>
      {posts.length > 0 ? (
        <PostGrid posts={posts} headingLevel="h3" priorityFirst={page === 1 && id === 'wrote'} />
      ) : (
        <p className="empty">All of these are on earlier pages.</p>
      )}
    </section>
  )
}

export async function authorMetadata(slug: string, page: number): Promise<Metadata> {
  const [site, data] = await Promise.all([getSiteSettings(), getAuthorPage(slug, page)])
  if (!data) return { title: 'Page not found' }
  const name = displayName(data.author)
  return pageMetadata({
    title: page > 1 ? `${name}, page ${page}` : name,
    description: data.author.bio || `${[data.author.role, `articles on ${site.title}`].filter(Boolean).join(': ')}.`,
    path: pagePath(`/authors/${data.author.slug}`, page),
    siteTitle: site.title,
  })
}
