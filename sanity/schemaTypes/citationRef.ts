import { BookIcon } from '@sanity/icons/Book'
import { defineField, defineType, getDraftId, type Reference } from 'sanity'
import { CitationMarker } from '../references/CitationMarker'

type PostLike = { worksCited?: Reference[] } | undefined

/** Ids of the citations in the post's Works cited list, published and draft forms. */
export function worksCitedIds(document: PostLike): string[] {
  return (document?.worksCited ?? []).flatMap((item) => (item?._ref ? [item._ref, getDraftId(item._ref)] : []))
}

/**
 * A numbered citation marker in body text. The number comes from the order the text first cites
 * each source, among the post's Works cited, so a marker may only point at a citation in that list.
 * An empty marker is flagged on its paragraph (blockContent), not here: see checkEmptyCitationMarkers.
 */
export const citationRef = defineType({
  name: 'citationRef',
  title: 'Citation',
  type: 'object',
  // Its own toolbar icon, unlike the document icon of citations and the chain of links.
  icon: BookIcon,
  components: { annotation: CitationMarker },
  fields: [
    defineField({
      name: 'citation',
      title: 'Cited work',
      type: 'reference',
      to: [{ type: 'citation' }],
      description:
        'Pick the source that supports this sentence. Only entries already in this post’s Works cited (Sources tab) are offered: add the citation to Works cited first. Readers see a numbered marker [n] linking to the entry.',
      options: {
        // A citation created here would not be in Works cited and so would have no number.
        disableNew: true,
        filter: ({ document }) => ({
          filter: '_id in $ids',
          params: { ids: worksCitedIds(document as PostLike) },
        }),
      },
      validation: (rule) =>
        rule.custom((value: Reference | undefined, context) => {
          if (!value?._ref) return true
          const listed = (context.document as PostLike)?.worksCited?.some((item) => item?._ref === value._ref)
          return listed ? true : 'This citation is not in Works cited. Add it to Works cited (Sources tab) so it gets a number.'
        }),
    }),
  ],
})
