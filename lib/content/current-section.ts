/**
 * Which of the header's section links the reader is in: the longest one the address equals or
 * lies under, so a category page marks its category rather than "All posts", and `/blog/page/2`
 * still marks "All posts". `exact` tells the page itself (aria-current="page") from a page inside
 * the section (aria-current="true").
 */
export function currentSection(pathname: string, hrefs: readonly string[]): { href: string; exact: boolean } | undefined {
  const within = (href: string) => pathname === href || pathname.startsWith(`${href}/`)
  const href = hrefs.filter(within).sort((a, b) => b.length - a.length)[0]
  return href === undefined ? undefined : { href, exact: href === pathname }
}
