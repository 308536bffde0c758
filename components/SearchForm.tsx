import { SEARCH_MAX_QUERY_LENGTH } from '@/lib/queries/search'

/** A plain GET form: search works without JavaScript. */
export function SearchForm({ defaultValue = '' }: { defaultValue?: string }) {
  return (
    <form action="/search" method="get" role="search" className="search-form">
      <label htmlFor="search-q">Search articles</label>
      <div className="search-row">
        <input id="search-q" name="q" type="search" defaultValue={defaultValue} maxLength={SEARCH_MAX_QUERY_LENGTH} autoComplete="off" />
        <button type="submit">Search</button>
      </div>
    </form>
  )
}
