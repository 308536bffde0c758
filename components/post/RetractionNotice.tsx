import type { RetractionDisplay } from '@/lib/references/retractions/display'

/**
 * Beside a works-cited entry: "Retracted on March 5, 2024 — notice" (or the correction or
 * expression of concern), linking to the notice. Plain server-rendered markup; the entry stays listed.
 */
export function RetractionNotice({ retraction }: { retraction: RetractionDisplay }) {
  return (
    <strong className="source-retraction" data-retraction={retraction.status}>
      {/* One text node: React would put a <!-- --> between two. */}
      {`. ${retraction.text}${retraction.notice ? ' — ' : ''}`}
      {retraction.notice ? (
        <a href={retraction.notice} rel="noopener noreferrer">
          notice
        </a>
      ) : null}
    </strong>
  )
}
