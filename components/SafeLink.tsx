import type { ReactNode } from 'react'
import { safeHref } from '@/lib/content/links'

/** A link from content: only safe schemes become links, external ones with noopener; anything else is text. */
export function SafeLink({ href, children }: { href: unknown; children: ReactNode }) {
  const link = safeHref(href)
  if (!link) return <>{children}</>
  return link.external ? (
    <a href={link.href} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={link.href}>{children}</a>
  )
}
