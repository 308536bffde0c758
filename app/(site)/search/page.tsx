import type { Metadata } from 'next'
import { PageLink } from '@/components/PageLink'
import { PostGrid } from '@/components/PostCard'
import { SearchForm } from '@/components/SearchForm'
import { getSiteSettings, searchPosts } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [site, { q }] = await Promise.all([getSiteSettings(), searchParams])
  const query = (Array.isArray(q) ? q[0] : q)?.trim()
  return pageMetadata({
    title: query ? `Search: ${query.slice(0, 60)}` : 'Search',
    description: `Search the articles on ${site.title}.`,
    // Every query's page names /search as its canonical address: search engines keep the one
    // search page, not an endless set of result pages, and nothing marks a page unindexable.
    path: '/search',
    siteTitle: site.title,
  })
}

export default async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams
  const outcome = await searchPosts(q)
  const current = outcome.status === 'results' ? outcome.query : ''
  return (
    <div className="page-wide">
      <header className="page-header">
        <h1>Search</h1>
        <SearchForm defaultValue={current} />
      </header>
      {outcome.status === 'empty' ? (
        <div className="search-help">
          <p>Type a word or two from a title or topic, for example “vitamin D” or “bone health”.</p>
          <p>
            Or browse <PageLink href="/blog">all posts</PageLink>, newest first.
          </p>
        </div>
      ) : outcome.status === 'too-long' ? (
        <p className="search-help" role="status">
          That search is longer than {outcome.maxLength} characters. Try a few key words instead.
        </p>
      ) : outcome.posts.length === 0 ? (
        <div className="search-help" role="status">
          <p>
            No articles match “{outcome.query}”. Check the spelling, try a broader word, or browse{' '}
            <PageLink href="/blog">all posts</PageLink>.
          </p>
        </div>
      ) : (
        <section aria-labelledby="results-title">
          {/* The count is announced; a heading may not itself be a live region (ARIA: no role on h2). */}
          <div role="status">
            <h2 id="results-title">
              {outcome.posts.length === 1 ? '1 article' : `${outcome.posts.length} articles`} for “{outcome.query}”
            </h2>
          </div>
          <PostGrid posts={outcome.posts} headingLevel="h3" priorityFirst />
        </section>
      )}
    </div>
  )
}
