import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineArrayMember, defineField, defineType, getPublishedId } from 'sanity'
import { formatDate } from '../../lib/content/dates'
import { checkNotInFuture } from '../lib/dates'
import { checkSourceUrl, uriParsingOnly } from '../lib/urls'
import { CitationInput } from '../components/SourceHealthPanel'
import { checkIssued, identifierChecks, normaliseSourceUrl } from '../../lib/references/identifiers'
import { otherCitationsOfSameSource, type CitationDocument } from '../references/duplicates'
import { SourceUrlInput } from '../references/SourceUrlInput'
import { REFERENCE_TYPES } from '../../lib/references/model'
import { SOURCE_KINDS } from '../../lib/references/source-kinds'

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
      options: { readerProse: true },
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
      // Offers the existing entry when this one is a duplicate (the warning below says so).
      components: { input: SourceUrlInput },
      description:
        'The full https:// address of the source. A link to the exact passage (…#:~:text=…) is welcome: readers land on the quoted words.',
      // One rule per level: Sanity repeats a url field's built-in checks in every rule it is given.
      validation: (rule) => [
        rule.required().uri(uriParsingOnly).custom(checkSourceUrl),
        rule
          .uri(uriParsingOnly)
          .custom(async (url: string | undefined, context) => {
            if (!url || checkSourceUrl(url) !== true || !context.document || !normaliseSourceUrl(url)) return true
            const [other] = await otherCitationsOfSameSource(context.document as unknown as CitationDocument, context.getClient)
            return other
              ? `The citation “${other.title ?? 'Untitled'}” (${getPublishedId(other._id)}) is the same source (same address, DOI or PubMed id). Add that citation to the post instead of a duplicate.`
              : true
          })
          .warning(),
      ],
    }),
    defineField({
      name: 'type',
      title: 'Kind of work',
      type: 'string',
      description: 'Decides how the reference is written out (AMA by default).',
      options: { list: REFERENCE_TYPES.map(({ value, title }) => ({ value, title })), layout: 'dropdown' },
      initialValue: 'webpage',
      validation: (rule) => rule.required().error('Choose the kind of work cited'),
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
      description: 'In the order the source lists them: people by family and given names, or an organisation credited as author.',
      of: [
        defineArrayMember({
          name: 'person',
          title: 'Person',
          type: 'object',
          fields: [
            defineField({ name: 'family', title: 'Family name', type: 'string', validation: (rule) => rule.required() }),
            defineField({ name: 'given', title: 'Given names or initials', type: 'string' }),
          ],
          preview: {
            select: { family: 'family', given: 'given' },
            prepare: ({ family, given }) => ({ title: [family, given].filter(Boolean).join(', ') }),
          },
        }),
        defineArrayMember({
          name: 'organisation',
          title: 'Organisation',
          type: 'object',
          fields: [defineField({ name: 'literal', title: 'Name', type: 'string', validation: (rule) => rule.required() })],
          preview: { select: { title: 'literal' } },
        }),
      ],
    }),
    defineField({
      name: 'container',
      title: 'Journal, book or website',
      type: 'string',
      description: 'The journal (its abbreviation, e.g. "J Bone Miner Res"), the book a chapter is in, or the website name.',
    }),
    defineField({
      name: 'issued',
      title: 'Published',
      type: 'string',
      description: 'When the work was published: a year (2024), a year and month (2024-03) or a full date (2024-03-15).',
      validation: (rule) =>
        rule.custom((value: string | undefined) => {
          const format = checkIssued(value)
          return format === true ? checkNotInFuture(value, 'The publication date') : format
        }),
    }),
    defineField({ name: 'volume', title: 'Volume', type: 'string' }),
    defineField({ name: 'issue', title: 'Issue', type: 'string' }),
    defineField({ name: 'pages', title: 'Pages', type: 'string', description: 'e.g. 100-110, or an article number such as e073233.' }),
    defineField({
      name: 'doi',
      title: 'DOI',
      type: 'string',
      description: 'Bare and in lower case, e.g. 10.1161/01.cir.0000063575.17904.4e.',
      validation: (rule) => rule.custom(identifierChecks.doi),
    }),
    defineField({ name: 'pmid', title: 'PubMed id (PMID)', type: 'string', validation: (rule) => rule.custom(identifierChecks.pmid) }),
    defineField({
      name: 'pmcid',
      title: 'PubMed Central id (PMCID)',
      type: 'string',
      description: 'With its PMC prefix, e.g. PMC4566462.',
      validation: (rule) => rule.custom(identifierChecks.pmcid),
    }),
    defineField({
      name: 'isbn',
      title: 'ISBN',
      type: 'string',
      hidden: ({ document }) => document?.type !== 'book' && document?.type !== 'chapter',
      validation: (rule) => rule.custom(identifierChecks.isbn),
    }),
    defineField({
      name: 'sourceKind',
      title: 'Kind of source',
      type: 'string',
      description:
        'Optional: overrides what the site works out from the kind of work and the address (e.g. a hospital page on a commercial domain). Counted in the works-cited summary.',
      options: { list: SOURCE_KINDS.map(({ value, title }) => ({ value, title })) },
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
    select: { title: 'title', site: 'site', accessedAt: 'accessedAt', doi: 'doi', pmid: 'pmid' },
    prepare({ title, site, accessedAt, doi, pmid }) {
      const accessed = formatDate(accessedAt)
      return {
        title: title || 'Untitled citation',
        subtitle:
          [site, doi && `doi:${doi}`, pmid && `PMID ${pmid}`, accessed && `accessed ${accessed}`].filter(Boolean).join(' · ') || undefined,
      }
    },
  },
})
