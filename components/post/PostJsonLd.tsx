'use client'

import { postPageJsonLd, type PostPageJsonLdInput } from '@/lib/content/json-ld'
import { JsonLd } from '../JsonLd'

/**
 * The post's structured data, built where it is rendered rather than sent built. Its 55-odd
 * citations are the very list the works cited shows (`posting.citations` is the same array the
 * page gives `SourceList`), so the RSC payload carries that list once and refers to it here,
 * instead of carrying the works cited a second time as a block of JSON text.
 */
export function PostJsonLd({ input }: { input: PostPageJsonLdInput }) {
  return <JsonLd data={postPageJsonLd(input)} />
}
