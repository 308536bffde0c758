import { headingAnchors } from '@/lib/content/toc'
import type { Page } from '@/lib/queries/pages'
import { Breadcrumbs } from '../Breadcrumbs'
import { RichText } from '../rich-text/RichText'
import { Title } from '../Title'

/** A standing page (About, a policy, Contact): its title and text in the post's reading column. */
export function StandingPage({ page }: { page: Page }) {
  const headings = headingAnchors(page.body, ['main', 'page-title'])
  return (
    <div className="page-post">
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: page.title }]} />
      <article className="post standing-page" aria-labelledby="page-title">
        <header className="post-header">
          <h1 id="page-title">
            <Title text={page.title} />
          </h1>
        </header>
        <div className="prose">
          <RichText value={page.body} headings={headings} />
        </div>
      </article>
    </div>
  )
}
