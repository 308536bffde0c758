import { PageLink } from './PageLink'
import { env } from '@/lib/env'
import { breadcrumbListJsonLd } from '@/lib/content/json-ld'
import { JsonLd } from './JsonLd'

export interface BreadcrumbItem {
  name: string
  /** Site path; the current page has none. */
  href?: string
}

/** Home › Blog › title, with the matching BreadcrumbList for search engines. */
export function Breadcrumbs({ items }: { items: BreadcrumbItem[] }) {
  const site = env.NEXT_PUBLIC_SITE_URL
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, index) =>
          item.href && index < items.length - 1 ? (
            <li key={index}>
              <PageLink href={item.href}>{item.name}</PageLink>
            </li>
          ) : (
            <li key={index} aria-current="page">
              {item.name}
            </li>
          ),
        )}
      </ol>
      <JsonLd
        data={breadcrumbListJsonLd(
          items.map((item, index) => ({ name: item.name, url: item.href && index < items.length - 1 ? `${site}${item.href}` : undefined })),
        )}
      />
    </nav>
  )
}
