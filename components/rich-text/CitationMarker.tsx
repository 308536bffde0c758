import type { ReactNode } from 'react'
import { citationAnchorId, citationTitleId } from '@/lib/content/citations'

/**
 * The cited words followed by an inline "[4]" that links to works-cited entry 4. It takes the
 * cited words as children so they need no wrapper of their own.
 */
export function CitationMarker({
  number,
  anchorId,
  listed,
  children,
}: {
  number: number
  anchorId: string
  listed: boolean
  children: ReactNode
}) {
  return (
    <>
      {children}
      <sup className="cite-marker">
        <a
          href={`#${citationAnchorId(number)}`}
          id={anchorId}
          aria-label={`Source ${number}`}
          // Described by the entry's title, which only exists when the works cited lists it.
          aria-describedby={listed ? citationTitleId(number) : undefined}
        >
          {`[${number}]`}
        </a>
      </sup>
    </>
  )
}
