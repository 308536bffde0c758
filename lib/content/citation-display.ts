/**
 * What a works-cited entry shows. Type imports only: components that render it may also run in
 * the browser (in draft mode the works cited is ordinary React), and whatever this module imports
 * would ship with them. The rules that fill it live in `citation-format.ts`.
 */

import type { SourceAvailability } from '../sources-health/reader'
import type { RetractionDisplay } from '../references/retractions/display'

/**
 * A works-cited entry as readers see it: "Title. Site. Accessed June 27, 2025." Fields with
 * nothing to show are left out rather than null, and what can be worked out from them
 * (`titleEndsSentence`, the URL's host) is worked out where it is shown.
 */
export interface CitationDisplay {
  title: string
  /** Publisher or site; left out when it only repeats the title. */
  site?: string
  authors?: string
  published?: string
  /** "Accessed June 27, 2025"; left out without a readable date. */
  accessed?: string
  /** Safe http(s) URL with its `#:~:text=` fragment; without one the title is plain text. */
  url?: string
  /** From the last `sources:check`: gone (confirmed broken) or no longer saying what was cited; left out while it is still there. */
  availability?: Exclude<SourceAvailability, 'available'>
  /** An archived copy; `label` is "archived copy of June 27, 2025" (or "archived copy" when the date is unknown). */
  archive?: { url: string; label: string }
  /** Retracted, corrected or under an expression of concern; left out otherwise. */
  retraction?: RetractionDisplay
}

/** The title already ends a sentence ("…", "?"), so no full stop follows it. */
export const titleEndsSentence = (title: string) => /[.?!…]$/u.test(title)

/** One works-cited entry as the browser receives it: its display fields, its number, how often the text cites it. */
export type WorksCitedSource = CitationDisplay & {
  number: number
  /** How many markers in the text cite this source; their ids follow from the number (`citationUseId`). */
  uses: number
}
