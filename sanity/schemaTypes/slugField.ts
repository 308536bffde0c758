import { defineField, type SlugValue } from 'sanity'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * The URL name of a post, category or author. Sanity's built-in slug check rejects a slug another
 * document of the same type already uses; the pattern keeps URLs plain and predictable.
 */
export function slugField({ source, usage }: { source: string; usage: string }) {
  return defineField({
    name: 'slug',
    title: 'Slug',
    type: 'slug',
    description: `${usage} Click Generate to derive it from the ${source}; changing it later breaks existing links.`,
    options: { source, maxLength: 96 },
    // A single rule: Sanity repeats the built-in uniqueness check in every rule a slug field is given.
    validation: (rule) =>
      rule.required().custom((value: SlugValue | undefined) => {
        if (!value?.current) return true
        return slugPattern.test(value.current) ? true : 'Use lowercase letters, digits and single hyphens only (e.g. vitamin-d3-and-k2)'
      }),
  })
}
