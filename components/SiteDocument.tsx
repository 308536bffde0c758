import type { ReactNode } from 'react'
import { SiteFooter, SiteHeader } from '@/components/SiteChrome'
import { SPECULATION_RULES } from '@/lib/page-prefetch/speculation-rules'

/**
 * The document every reader page is drawn in: skip link, header, main, footer. The site layout
 * passes the editor's tools in draft mode; the app-wide 404 (app/global-not-found.tsx) passes
 * none, so its scripts never include them.
 */
export function SiteDocument({ children, editorTools }: { children: ReactNode; editorTools?: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {editorTools}
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES }} />
      </body>
    </html>
  )
}
