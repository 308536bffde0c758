import type { ReactElement } from 'react'
import { prerender } from 'react-dom/static'

/**
 * The HTML a server render sends for `element`, as a reader's browser receives it. Unlike
 * renderToStaticMarkup this waits for lazily loaded parts, such as a static island's content
 * (components/static-island).
 */
export async function renderHtml(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}
