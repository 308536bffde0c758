import { renderIsland, type IslandContent } from './island-content'
import { rememberIsland } from './island-store'
import { StaticIsland } from './StaticIsland'

/**
 * A part of a page that never changes in the browser, sent as HTML only (see StaticIsland).
 * `live`: render it as ordinary React instead, for draft mode, where the Presentation tool
 * refreshes the page in place after every edit and the browser must be able to re-render it.
 */
export function Island({ content, className, live = false }: { content: IslandContent; className?: string; live?: boolean }) {
  if (live) return <div className={className}>{renderIsland(content)}</div>
  return <StaticIsland id={rememberIsland(content)} className={className} />
}
