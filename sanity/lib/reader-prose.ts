/**
 * `options: { readerProse: true }` marks a string or text field whose words a reader sees as prose
 * on the site: a headline, an excerpt, a caption, a name. In draft previews that text carries
 * stega, so clicking it in Presentation opens the field (lib/preview/stega.ts). The site cannot
 * load the Studio's schema, so `npm run typegen` writes the marked fields' names to
 * sanity/reader-prose.json (scripts/reader-prose.ts); the site matches them by name.
 */
declare module 'sanity' {
  interface StringOptions {
    readerProse?: boolean
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * The names of the fields marked as reader prose anywhere in these schema types, sorted, and
 * `text`, where a Portable Text span (Sanity's own type, not declared here) holds its words.
 */
export function readerProseFieldNames(types: readonly unknown[]): string[] {
  const names = new Set<string>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isRecord(value)) {
      if (isRecord(value.options) && value.options.readerProse === true && typeof value.name === 'string') names.add(value.name)
      if (value.type === 'block') names.add('text')
      Object.values(value).forEach(visit)
    }
  }
  visit(types)
  return [...names].sort()
}
