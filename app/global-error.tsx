'use client'

import type { CSSProperties } from 'react'

/**
 * The last resort: an error in a root layout itself (site or Studio). It replaces the whole
 * document, so the site's stylesheet is not there; a few inline styles in the site's colours keep
 * it legible in light and dark mode. Plain links, so it works even if the app's scripts do not.
 */
const page: CSSProperties = {
  margin: 0,
  minHeight: '100vh',
  display: 'grid',
  placeItems: 'center',
  padding: '2rem 1.25rem',
  boxSizing: 'border-box',
  background: 'Canvas',
  color: 'CanvasText',
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  lineHeight: 1.6,
}
const card: CSSProperties = { maxWidth: '34rem' }
const eyebrow: CSSProperties = {
  margin: 0,
  fontSize: '0.85rem',
  fontWeight: 600,
  letterSpacing: '0.08em',
  textTransform: 'uppercase',
  color: '#0d6b63',
}
const heading: CSSProperties = {
  margin: '0.25rem 0 0.75rem',
  fontSize: '2rem',
  lineHeight: 1.2,
  fontFamily: "Charter, 'Bitstream Charter', Cambria, Georgia, serif",
}
const actions: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.75rem 1.25rem', alignItems: 'center', marginTop: '1.5rem' }
const button: CSSProperties = {
  font: 'inherit',
  fontWeight: 600,
  padding: '0.55rem 1.1rem',
  borderRadius: '0.4rem',
  border: '2px solid #0d6b63',
  background: '#0d6b63',
  color: '#ffffff',
  cursor: 'pointer',
}
const link: CSSProperties = { color: 'LinkText', fontWeight: 600 }

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en" style={{ colorScheme: 'light dark' }}>
      <head>
        <title>Something went wrong</title>
        <meta name="robots" content="noindex" />
      </head>
      <body style={page}>
        <main style={card}>
          <p style={eyebrow}>Something went wrong</p>
          <h1 style={heading}>This page didn’t load</h1>
          <p style={{ margin: 0 }}>It’s our fault, not yours. Please try again in a moment.</p>
          <p style={actions}>
            <button type="button" style={button} onClick={() => retry()}>
              Try again
            </button>
            <a href="/" style={link}>
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
