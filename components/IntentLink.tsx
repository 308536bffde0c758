'use client'

import Link from 'next/link'
import { useState, type ComponentProps } from 'react'

/**
 * A link to another page of the site that fetches that page once the reader shows intent (pointer
 * over it, touch, keyboard focus) instead of as soon as it scrolls into view: a post shows dozens
 * of links, and prefetching them all during the first load competes with the page itself.
 * On intent the link turns Next's own prefetching on, which then fetches it (it is in view).
 */
export function IntentLink(props: Omit<ComponentProps<typeof Link>, 'prefetch' | 'onMouseEnter' | 'onTouchStart' | 'onFocus'>) {
  const [intent, setIntent] = useState(false)
  const showIntent = () => setIntent(true)
  return <Link {...props} prefetch={intent ? null : false} onMouseEnter={showIntent} onTouchStart={showIntent} onFocus={showIntent} />
}
