'use client'

import { PageLink } from '@/components/PageLink'

/** Something failed while rendering: say so plainly and offer a way on. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="page-narrow status-page">
      <p className="eyebrow">Something went wrong</p>
      <h1>This page didn’t load</h1>
      <p>It’s our fault, not yours. Please try again in a moment.</p>
      <p className="status-actions">
        <button type="button" onClick={() => retry()}>
          Try again
        </button>
        <PageLink href="/blog">Browse all posts</PageLink>
      </p>
    </div>
  )
}
