import type { HeadingAnchor } from '@/lib/content/toc'

export function TableOfContents({ entries }: { entries: HeadingAnchor[] }) {
  if (entries.length === 0) return null
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">In this article</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
