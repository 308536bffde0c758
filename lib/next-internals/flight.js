// @ts-check
/**
 * Next.js internals (see ./next-internals.test.ts): how Next escapes the JSON it inlines into a
 * page's flight scripts, which lib/next-inline-scripts writes again to recognise them. Plain
 * JavaScript for Next's build tracer (./file-system-cache.js says why).
 */
export { htmlEscapeJsonString } from 'next/dist/shared/lib/htmlescape.js'
