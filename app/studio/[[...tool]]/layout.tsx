import type { ReactNode } from 'react'

/**
 * The Studio's own root layout: the Studio brings its own styles, and the site's CSS must not
 * leak into it (nor the Studio's into the site), so nothing from app/(site) is imported here.
 */
export default function StudioRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
