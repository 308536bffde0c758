import { IntentLink } from './IntentLink'
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
        <IntentLink href="/blog">Browse all posts</IntentLink> or go to the <IntentLink href="/">home page</IntentLink>.
      </p>
    </div>
  )
}
