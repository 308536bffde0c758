import { notFound } from 'next/navigation'

/**
 * Any address no other route claims. With two root layouts (site and Studio) there is no
 * app-wide not-found, so this sends unknown URLs to the site's designed 404 inside its layout.
 */
export default function UnknownPage(): never {
  notFound()
}
