import { defineField, type SlugValue } from 'sanity'
import { SLUG_MAX_LENGTH, slugProblem } from '../../lib/slugs'

/**
 * The URL name of a post, category or author. Sanity's built-in slug check rejects a slug another
 * document of the same type already uses; the site's slug rule (lib/slugs) keeps URLs plain and
 * predictable, and a slug it refuses never reaches a page, list or sitemap.
 */
export function slugField({
  source,
  usage,
  problem = slugProblem,
}: {
  source: string
  usage: string
  /** The rule the slug must pass; a page's also keeps clear of the site's own routes. */
  problem?: (value: unknown) => string | null
}) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    description: `${usage} Click Generate to derive it from the ${source}; changing it later breaks existing links.`,
    options: { source, maxLength: SLUG_MAX_LENGTH },
    // A single rule: Sanity repeats the built-in uniqueness check in every rule a slug field is given.
    validation: (rule) =>
      rule.required().custom((value: SlugValue | undefined) => {
        if (!value?.current) return true
        return problem(value.current) ?? true
      }),
  })
}
