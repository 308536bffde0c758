import { parseHighlightText } from '@/lib/content/highlights'
import type { PostPage } from '@/lib/queries/post'

/** The summary cards near the top of a post. */
export function Highlights({ highlights }: { highlights: PostPage['post']['highlights'] }) {
  if (highlights.length === 0) return null
  return (
    <section className="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title">At a glance</h2>
      <ul className="highlight-grid" role="list">
        {highlights.map((card) => (
          <li key={card._key} className="highlight">
            <h3>{card.heading}</h3>
            {parseHighlightText(card.text).map((part, index) =>
              part.kind === 'paragraph' ? (
                <p key={index}>{part.text}</p>
              ) : (
                <ul key={index}>
                  {part.items.map((item, itemIndex) => (
                    <li key={itemIndex}>{item}</li>
                  ))}
                </ul>
              ),
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
