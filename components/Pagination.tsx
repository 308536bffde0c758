import { PageLink } from './PageLink'

/** The path of page `n` of a list; page 1 lives at the list's own path. */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`
}

export function Pagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <PageLink href={pagePath(basePath, page - 1)} rel="prev">
          <span aria-hidden="true">← </span>Newer posts
        </PageLink>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <PageLink href={pagePath(basePath, page + 1)} rel="next">
          Older posts<span aria-hidden="true"> →</span>
        </PageLink>
      ) : (
        <span />
      )}
    </nav>
  )
}
