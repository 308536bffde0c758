import { serializeJsonLd } from '@/lib/content/json-ld'

/** Structured data, serialised so content can never close the script element. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
