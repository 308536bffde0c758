import { PageLink } from './PageLink'
import { SearchForm } from '@/components/SearchForm'

/** The designed 404, shared by unmatched URLs and by routes that find no content. */
export function NotFoundMessage() {
  return (
    <div className="page-narrow status-page">
      <p className="eyebrow">Error 404</p>
      <h1>We couldn’t find that page</h1>
      <p>The address may be mistyped, or the article may have moved. Try a search, or start from the latest posts.</p>
      <SearchForm />
      <p>
        <PageLink href="/blog">Browse all posts</PageLink> or go to the <PageLink href="/">home page</PageLink>.
      </p>
    </div>
  )
}
