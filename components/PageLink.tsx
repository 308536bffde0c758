import type { AnchorHTMLAttributes } from 'react'

/**
 * A link to another page of the site: a plain link, so the page loads as a document. Post pages
 * send their text as static HTML the browser cannot render itself (components/static-island), and
 * a document load of a static page is as quick as Next's client-side navigation to it. The reader
 * still gets the next page early: the browser prefetches a link the pointer rests on (the
 * speculation rules in SiteDocument), rather than every link as it scrolls into view.
 */
export function PageLink(props: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} />
}
