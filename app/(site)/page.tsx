import type { Metadata } from 'next'
import { PageLink } from '@/components/PageLink'
import { PostCard, PostGrid } from '@/components/PostCard'
import { Title } from '@/components/Title'
import { getHomePage, getSiteSettings } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return pageMetadata({ description: site.description, path: '/', siteTitle: site.title })
}

export default async function HomePage() {
  const [site, home] = await Promise.all([getSiteSettings(), getHomePage()])
  const [lead, ...rest] = home.latest
  return (
    <div className="page-wide home">
      <header className="home-intro">
        <h1>
          <Title text={site.title} />
        </h1>
        <p className="page-intro">{site.description}</p>
      </header>

      <section aria-labelledby="latest-title" className="home-section">
        <div className="section-heading">
          <h2 id="latest-title">Latest articles</h2>
          <PageLink href="/blog">All posts</PageLink>
        </div>
        {lead ? (
          <>
            <div className="lead-card">
              <PostCard post={lead} headingLevel="h3" priority lead />
            </div>
            {rest.length > 0 ? <PostGrid posts={rest} headingLevel="h3" /> : null}
          </>
        ) : (
          <p className="empty">No posts yet. Published articles appear here.</p>
        )}
      </section>

      {home.sections.map(({ category, posts }) => (
        <section key={category.slug} aria-labelledby={`section-${category.slug}`} className="home-section">
          <div className="section-heading">
            <h2 id={`section-${category.slug}`}>{category.title}</h2>
            <PageLink href={`/blog/category/${category.slug}`}>All {category.title.toLowerCase()} posts</PageLink>
          </div>
          {category.description ? <p className="section-description">{category.description}</p> : null}
          <PostGrid posts={posts} headingLevel="h3" />
        </section>
      ))}
    </div>
  )
}
