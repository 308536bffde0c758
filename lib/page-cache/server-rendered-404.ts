/**
 * A page that calls `notFound()` while Next renders it at run time (an unknown post, category or
 * page number: routes with dynamicParams) comes out of Next 16 as a 404 whose HTML is an empty
 * `<html id="__next_error__">` shell; the designed page exists only in the inline flight data
 * that JavaScript renders (vercel/next.js#62228, open; a fix, #98455, is not merged). It is the
 * same with one root layout (reproduced with a one-layout app), so it is not our two root layouts.
 * URLs that match no route are fine: they get the prerendered `/_not-found` page.
 *
 * So the page cache, which stores every such 404 before it is sent, stores that prerendered
 * designed page in place of the empty shell: readers without JavaScript and crawlers get the
 * real 404, with its own title, `noindex` and no share image. The flight data for client-side
 * navigation (`rscData`) is left as Next rendered it.
 *
 * The page cache loads this file with Node, types stripped: erasable TypeScript only.
 */

export const isEmptyErrorShell = (html: string) => html.includes('<html id="__next_error__"')

/**
 * @param value a page cache entry's value
 * @param designedNotFoundHtml the prerendered `/_not-found` page
 */
export function withServerRendered404<Value extends { kind?: string; html?: unknown; status?: number }>(
  value: Value | null | undefined,
  designedNotFoundHtml: () => string | null,
): Value | null | undefined {
  if (!value || value.kind !== 'APP_PAGE' || value.status !== 404 || typeof value.html !== 'string') return value
  if (!isEmptyErrorShell(value.html)) return value
  const designed = designedNotFoundHtml()
  // In place: Next answers the request that rendered the page with this same object.
  if (designed) value.html = designed
  return value
}
