import { DemoNotice } from './DemoNotice'
import { PageLink } from './PageLink'
import { SectionNav } from './SectionNav'
import { Title } from './Title'
import { getAllCategories, getPageLinks, getSiteSettings } from '@/lib/data'
import { CONTENT_CATEGORY_SLUGS } from '@/lib/queries/fragments'
import { SEARCH_MAX_QUERY_LENGTH } from '@/lib/queries/search'

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
          <span>
            <Title text={site.title} />
          </span>
        </PageLink>
        {/* A plain GET form, so the header's search works without JavaScript. */}
        <form action="/search" method="get" role="search" aria-label="Search the site" className="header-search">
          <label htmlFor="header-search-q" className="visually-hidden">
            Search articles
          </label>
          <input
            id="header-search-q"
            name="q"
            type="search"
            placeholder="Search articles"
            maxLength={SEARCH_MAX_QUERY_LENGTH}
            autoComplete="off"
          />
          <button type="submit">Search</button>
        </form>
        {/*
          On phones the sections fold behind "Menu" (a <details>, so it opens without JavaScript);
          on wider screens the fold is drawn open and its toggle hidden (globals.css).
        */}
        <details className="site-menu">
          <summary>Menu</summary>
          <nav aria-label="Main" className="site-nav">
            <SectionNav
              links={[
                { href: '/blog', label: 'All posts' },
                ...sections.map((category) => ({ href: `/blog/category/${category.slug}`, label: category.title })),
                { href: '/authors', label: 'Authors' },
              ]}
            />
          </nav>
        </details>
      </div>
    </header>
  )
}

export async function SiteFooter() {
  const [site, pages] = await Promise.all([getSiteSettings(), getPageLinks()])
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
        {pages.length > 0 ? (
          <nav aria-label="About us">
            <ul role="list" className="footer-links">
              {pages.map((page) => (
                <li key={page.slug}>
                  <PageLink href={`/${page.slug}`}>{page.title}</PageLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  )
}
