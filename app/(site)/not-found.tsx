import type { Metadata } from 'next'
import { NotFoundMessage } from '@/components/NotFoundMessage'

export const metadata: Metadata = { title: 'Page not found' }

/** For routes that match but find no content (unknown slug, page out of range). */
export default function NotFound() {
  return <NotFoundMessage />
}
