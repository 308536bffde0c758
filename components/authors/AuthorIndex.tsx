import { PageLink } from '../PageLink'
import type { AuthorSummary } from '@/lib/queries/authors'
import { Breadcrumbs } from '../Breadcrumbs'
import { Portrait } from './Portrait'

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** `/authors`: everyone who writes or reviews, each card leading to their page. */
export function AuthorIndex({ authors }: { authors: AuthorSummary[] }) {
  return (
    <div className="page-wide">
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Authors' }]} />
      <header className="page-header">
        <h1>Authors and reviewers</h1>
        <div className="page-intro">
          <p>The people who write our articles and the clinicians and dietitians who check them before and after publication.</p>
        </div>
      </header>
      {authors.length > 0 ? (
        <ul className="author-list" role="list">
          {authors.map((author) => (
            <li key={author._id}>
              <article className="author-card">
                <Portrait name={author.name} image={author.image} />
                <div>
                  <h2>
                    <PageLink href={`/authors/${author.slug}`}>
                      {author.credentials ? `${author.name}, ${author.credentials}` : author.name}
                    </PageLink>
                  </h2>
                  {author.role ? <p>{author.role}</p> : null}
                  <p>
                    {[
                      author.wroteCount > 0 ? plural(author.wroteCount, 'article written', 'articles written') : null,
                      author.reviewedCount > 0 ? plural(author.reviewedCount, 'article reviewed', 'articles reviewed') : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || 'No published articles yet'}
                  </p>
                </div>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">No authors yet.</p>
      )}
    </div>
  )
}
