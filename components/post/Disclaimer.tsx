import type { PostPage } from '@/lib/queries/post'
import { RichText } from '../rich-text/RichText'
import { Title } from '../Title'

/** The post's own disclaimer, else the site default (chosen in the query). */
export function Disclaimer({ disclaimer }: { disclaimer: PostPage['disclaimer'] }) {
  if (!disclaimer || disclaimer.body.length === 0) return null
  return (
    <section className="disclaimer" aria-labelledby="disclaimer-title">
      <h2 id="disclaimer-title">
        <Title text={disclaimer.title?.trim() || 'Disclaimer'} />
      </h2>
      <RichText value={disclaimer.body} />
    </section>
  )
}
