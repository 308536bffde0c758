import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType, getDraftId, getPublishedId } from 'sanity'
import { apiVersion } from '../env'
import { formatDate } from '../../lib/content/dates'
import { checkNotInFuture } from '../lib/dates'
import { checkSourceUrl, uriParsingOnly } from '../lib/urls'
import { CitationInput } from '../components/SourceHealthPanel'

/** A works-cited entry. One citation can be listed by many posts; editing it updates them all. */
export const citation = defineType({
  name: 'citation',
  title: 'Citation',
  type: 'document',
  icon: DocumentTextIcon,
  // The source's health (from `npm run sources:check`) shown read-only above the fields.
  components: { input: CitationInput },
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      description: 'The title of the article, page or study as the source gives it.',
      validation: (rule) => rule.required().error('Give the title of the cited work'),
    }),
    defineField({
      name: 'site',
      title: 'Site or publisher',
      type: 'string',
      description: 'Who published it, e.g. "NIH Office of Dietary Supplements" or "PubMed Central".',
      validation: (rule) => rule.required().error('Name the site or publisher'),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      description:
        'The full https:// address of the source. A link to the exact passage (…#:~:text=…) is welcome: readers land on the quoted words.',
      // One rule per level: Sanity repeats a url field's built-in checks in every rule it is given.
      validation: (rule) => [
        rule.required().uri(uriParsingOnly).custom(checkSourceUrl),
        rule
          .uri(uriParsingOnly)
          .custom(async (url: string | undefined, context) => {
            if (!url || checkSourceUrl(url) !== true || !context.document) return true
            const id = getPublishedId(context.document._id)
            const others = await context
              .getClient({ apiVersion })
              .fetch<number>('count(*[_type == "citation" && url == $url && !(_id in [$id, $draftId])])', {
                url,
                id,
                draftId: getDraftId(id),
              })
            return others > 0
              ? 'Another citation already has this address. Consider adding that citation to the post instead of a duplicate.'
              : true
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'accessedAt',
      title: 'Accessed on',
      type: 'date',
      description: 'The day you last read the source at this address. Shown as "accessed June 27, 2025".',
      options: { dateFormat: 'YYYY-MM-DD' },
      initialValue: () => new Date().toISOString().slice(0, 10),
      validation: (rule) => rule.required().custom((value: string | undefined) => checkNotInFuture(value, 'The accessed date')),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      description: 'Optional: the people or organisations credited by the source, one per entry.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published on',
      type: 'date',
      description: 'Optional: when the source itself was published.',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => rule.custom((value: string | undefined) => checkNotInFuture(value, 'The publication date')),
    }),
    defineField({
      name: 'archiveUrl',
      title: 'Archived copy',
      type: 'url',
      description:
        'Optional: a saved copy of the page as you cited it (e.g. https://web.archive.org/web/…). Readers get it when the source breaks; it wins over the copy the source check finds.',
      validation: (rule) => rule.uri(uriParsingOnly).custom(checkSourceUrl),
    }),
  ],
  orderings: [{ title: 'Title A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] }],
  preview: {
    select: { title: 'title', site: 'site', accessedAt: 'accessedAt' },
    prepare({ title, site, accessedAt }) {
      const accessed = formatDate(accessedAt)
      return {
        title: title || 'Untitled citation',
        subtitle: [site, accessed && `accessed ${accessed}`].filter(Boolean).join(' · ') || undefined,
      }
    },
  },
})
