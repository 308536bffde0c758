import { DemoNotice } from './DemoNotice'
import { PageLink } from './PageLink'
import { getAllCategories, getSiteSettings } from '@/lib/data'
import { CONTENT_CATEGORY_SLUGS } from '@/lib/queries/fragments'

export async function SiteHeader() {
  const [site, categories] = await Promise.all([getSiteSettings(), getAllCategories()])
  const sections = CONTENT_CATEGORY_SLUGS.flatMap((slug) =>
    categories.filter((category) => category.slug === slug && category.postCount > 0),
  )
  return (
    <header className="site-header">
      {site.isDemo && <DemoNotice />}
      <div className="site-header-inner">
        <PageLink href="/" className="site-title">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22" className="site-mark">
            <path d="M5 5h8a6 6 0 0 1 0 12H9l-4 3z" />
          </svg>
          {site.title}
        </PageLink>
        <nav aria-label="Main" className="site-nav">
          <ul role="list">
            <li>
              <PageLink href="/blog">All posts</PageLink>
            </li>
            {sections.map((category) => (
              <li key={category._id}>
                <PageLink href={`/blog/category/${category.slug}`}>{category.title}</PageLink>
              </li>
            ))}
            <li>
              <PageLink href="/search">Search</PageLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}

export async function SiteFooter() {
  const site = await getSiteSettings()
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{site.title}</strong> — {site.description}
        </p>
        <p className="footer-note">
          Articles are for general information and are not a substitute for advice from your own doctor or pharmacist.
        </p>
        <ul role="list" className="footer-links">
          <li>
            <PageLink href="/blog">All posts</PageLink>
          </li>
          <li>
            <PageLink href="/authors">Authors and reviewers</PageLink>
          </li>
          <li>
            <PageLink href="/search">Search</PageLink>
          </li>
          <li>
            <a href="/feed.xml">RSS feed</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
