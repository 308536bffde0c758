import { recallIsland } from './island-store'
import { renderIsland, type IslandContent } from './island-content'

/** The server half of StaticIsland: the island's content, rendered to HTML with the rest of the page. */
export default function IslandHtml({ id }: { id: string }) {
  return renderIsland(recallIsland(id) as IslandContent)
}
