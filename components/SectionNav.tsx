'use client'

import { useSelectedLayoutSegments } from 'next/navigation'
import { currentSection } from '@/lib/content/current-section'
import { PageLink } from './PageLink'

/**
 * The header's section links, the reader's current section marked (aria-current, styled in
 * globals.css). A client component only because a layout is not told its address: the hook
 * gives it during the server render too, so the mark is in the HTML and needs no JavaScript
 * (script-free pages list this component as inert).
 */
export function SectionNav({ links }: { links: { href: string; label: string }[] }) {
  // Null outside a layout (the global 404); route groups such as "(site)" are no part of the address.
  const segments = useSelectedLayoutSegments()?.filter((segment) => !segment.startsWith('('))
  const current = segments
    ? currentSection(
        `/${segments.join('/')}`,
        links.map((link) => link.href),
      )
    : undefined
  return (
    <ul role="list">
      {links.map(({ href, label }) => (
        <li key={href}>
          <PageLink href={href} aria-current={current?.href === href ? (current.exact ? 'page' : 'true') : undefined}>
            {label}
          </PageLink>
        </li>
      ))}
    </ul>
  )
}
