/**
 * The one slug rule, shared by the Studio (slug fields), the content check and the site (lists,
 * static params, sitemap, feed, route lookups): lower-case ASCII letters and digits in words
 * joined by single hyphens, at most SLUG_MAX_LENGTH characters. Such a slug is its own URL path
 * segment unchanged, so the address a list links to is the address the page answers at, and
 * nothing in it can end an XML or HTML attribute.
 */
export const SLUG_MAX_LENGTH = 96

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const SLUG_RULE = `lowercase letters a–z, digits and single hyphens, at most ${SLUG_MAX_LENGTH} characters (e.g. vitamin-d3-and-k2)`

export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value)
}

/** Why `value` is not a usable slug, for editors and the content check; `null` when it is one. */
export function slugProblem(value: unknown): string | null {
  if (isValidSlug(value)) return null
  if (typeof value === 'string' && value.length > SLUG_MAX_LENGTH)
    return `The slug is ${value.length} characters long; use at most ${SLUG_MAX_LENGTH}`
  return `Use ${SLUG_RULE}`
}

/**
 * The first path segments the site's own routes answer at. A `page` (served at `/<slug>`) may not
 * take one: it would never be reached, or would hide the route.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set(['blog', 'authors', 'search', 'studio', 'api', 'media', 'share-cards'])

/** Why `value` cannot be a page's slug (the slug rule, then the site's own routes); `null` when it can. */
export function pageSlugProblem(value: unknown): string | null {
  const problem = slugProblem(value)
  if (problem) return problem
  return RESERVED_PAGE_SLUGS.has(value as string) ? `/${String(value)} is one of the site's own addresses; choose another slug` : null
}

export const isValidPageSlug = (value: unknown): value is string => pageSlugProblem(value) === null
