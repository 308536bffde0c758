import { CheckmarkCircleIcon } from '@sanity/icons/CheckmarkCircle'
import { ComposeIcon } from '@sanity/icons/Compose'
import { DocumentsIcon } from '@sanity/icons/Documents'
import { LinkIcon } from '@sanity/icons/Link'
import { SearchIcon } from '@sanity/icons/Search'
import { defineArrayMember, defineField, defineType, getDraftId, getPublishedId, type Reference } from 'sanity'
import { formatDate } from '../../lib/content/dates'
import { checkLastReviewedAt, checkNextReviewDue, checkReviewer } from '../review/rules'
import { checkCommercialSources, checkUncitedSources } from '../lib/works-cited'
import { checkChangeOrder } from './postChange'
import { altField, captionField, IMAGE_FRAMING_HELP } from './imageWithAlt'
import { slugField } from './slugField'

/** An article. Every claim in the body cites an entry of its Works cited list. */
export const post = defineType({
  name: 'post',
  title: 'Post',
  type: 'document',
  icon: ComposeIcon,
  groups: [
    { name: 'content', title: 'Content', icon: ComposeIcon, default: true },
    { name: 'sources', title: 'Sources', icon: DocumentsIcon },
    { name: 'review', title: 'Review', icon: CheckmarkCircleIcon },
    { name: 'related', title: 'Related', icon: LinkIcon },
    { name: 'seo', title: 'SEO', icon: SearchIcon },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      options: { readerProse: true },
      description: 'The headline readers see on the page and in lists.',
      validation: (rule) => [
        rule.required().error('Give the post a title'),
        rule.max(120).error('Titles longer than 120 characters break the page layout; shorten it'),
        rule.max(70).warning('Headlines over 70 characters are often cut off in search results and feeds'),
      ],
    }),
    defineField({
      name: 'subtitle',
      title: 'Subtitle',
      type: 'string',
      group: 'content',
      options: { readerProse: true },
      description: 'Optional: one line under the headline on the post page that tells readers what the post gives them.',
      validation: (rule) => rule.max(160).warning('A subtitle reads best as one line under the headline; keep it to 160 characters'),
    }),
    { ...slugField({ source: 'title', usage: 'The post’s address: /blog/<slug>.' }), group: 'content' },
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      options: { readerProse: true },
      description: 'One or two sentences shown in post lists, search results and the feed.',
      validation: (rule) => [rule.required().error('Write a short excerpt'), rule.max(300).error('Excerpts are limited to 300 characters')],
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'content',
      description: 'Who wrote the post.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      group: 'content',
      description: 'The publication date shown to readers; posts are listed newest first by this date.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      type: 'datetime',
      group: 'content',
      description:
        'Set when the content was meaningfully revised. Record what changed under Review › Updates and corrections; a medical review goes in Review › Last reviewed.',
      validation: (rule) =>
        rule.custom((updatedAt: string | undefined, context) => {
          const publishedAt = (context.document as { publishedAt?: string } | undefined)?.publishedAt
          if (!updatedAt || !publishedAt) return true
          return Date.parse(updatedAt) < Date.parse(publishedAt) ? 'The update date cannot be before the publication date' : true
        }),
    }),
    defineField({
      name: 'categories',
      title: 'Categories',
      type: 'array',
      group: ['content', 'related'],
      description:
        'Content type (News, Video, Review) and topics (e.g. Vitamins). Shared categories pick the related posts shown under the article.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'category' }] })],
      validation: (rule) => rule.unique().error('This category is listed twice'),
    }),
    defineField({
      name: 'tags',
      title: 'Tags',
      type: 'array',
      group: ['content', 'related'],
      description: 'Free keywords (e.g. "calcium"). Shared tags also help pick related posts.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique().error('This tag is listed twice'),
    }),
    defineField({
      name: 'mainImage',
      title: 'Main image',
      type: 'image',
      group: 'content',
      description: `The picture at the top of the post and on its card in lists. ${IMAGE_FRAMING_HELP}`,
      options: { hotspot: true },
      fields: [altField, captionField],
    }),
    defineField({
      name: 'highlights',
      title: 'Highlights',
      type: 'array',
      group: 'content',
      description: 'Up to six summary cards with the key points, shown beside or below the article.',
      of: [defineArrayMember({ type: 'highlight' })],
      validation: (rule) => rule.max(6).error('Use at most six highlights'),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      description:
        'The article. To cite a source, select the words, click Citation (the book icon after the list buttons; in a narrow window under “…” at the end of the toolbar) and pick an entry from Works cited. The marker shows the [n] readers will see.',
      validation: (rule) => rule.required().error('Write the article body'),
    }),
    defineField({
      name: 'worksCited',
      title: 'Works cited',
      type: 'array',
      group: 'sources',
      description:
        'The sources this post relies on. Pick existing citations or create new ones here; then cite them in the body. Readers see them numbered in the order the text first cites them; sources never cited are listed apart as further reading.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'citation' }] })],
      validation: (rule) => [
        rule.unique().error('This source is already in Works cited'),
        rule.custom(checkUncitedSources).warning(),
        rule.custom(checkCommercialSources).warning(),
      ],
    }),
    defineField({
      name: 'disclaimer',
      title: 'Disclaimer',
      type: 'reference',
      to: [{ type: 'disclaimer' }],
      group: 'sources',
      description: 'Shown at the end of the post. Leave empty to use the site’s default disclaimer (Site settings).',
    }),
    defineField({
      name: 'reviewedBy',
      title: 'Reviewed by',
      type: 'reference',
      to: [{ type: 'author' }],
      group: 'review',
      description:
        'The expert who checked the post for accuracy (e.g. a doctor or dietitian). Shown as "Medically reviewed by …" with their credentials.',
      validation: (rule) => rule.custom(checkReviewer),
    }),
    defineField({
      name: 'lastReviewedAt',
      title: 'Last reviewed',
      type: 'date',
      group: 'review',
      description:
        'The day the reviewer last checked the post. When a review falls due, the "Mark reviewed today" button sets this and the next review in one go.',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => rule.custom(checkLastReviewedAt),
    }),
    defineField({
      name: 'nextReviewDue',
      title: 'Next review due',
      type: 'date',
      group: 'review',
      description:
        'When the post should be checked again; shown to readers. Empty: the last review plus the interval in Site settings (12 months unless changed).',
      options: { dateFormat: 'YYYY-MM-DD' },
      validation: (rule) => [rule.custom(checkNextReviewDue.order), rule.custom(checkNextReviewDue.overdue).warning()],
    }),
    defineField({
      name: 'changes',
      title: 'Updates and corrections',
      type: 'array',
      group: 'review',
      description:
        'What changed since publication, newest first: corrections of errors, updates with new information, clarifications. Readers see this list under the article.',
      of: [defineArrayMember({ type: 'postChange' })],
      validation: (rule) => rule.custom(checkChangeOrder).warning(),
    }),
    defineField({
      name: 'relatedPosts',
      title: 'Related posts',
      type: 'array',
      group: 'related',
      description:
        'Hand-picked posts shown first under "Next, check out our posts". The site tops the list up to three from shared categories and tags.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'post' }],
          options: {
            filter: ({ document }) => ({
              filter: '!(_id in [$id, $draftId])',
              params: { id: getPublishedId(document._id), draftId: getDraftId(document._id) },
            }),
          },
        }),
      ],
      validation: (rule) => [
        rule.unique().error('This post is already listed'),
        rule.custom((related: Reference[] | undefined, context) => {
          const id = context.document?._id
          if (!id || !related) return true
          const ownIds = [id, getPublishedId(id), getDraftId(id)]
          return related.some((item) => ownIds.includes(item?._ref)) ? 'A post cannot be related to itself' : true
        }),
      ],
    }),
    defineField({
      name: 'seo',
      title: 'Search and sharing',
      type: 'seo',
      group: 'seo',
      description: 'Optional overrides for search results and social media previews.',
    }),
  ],
  orderings: [
    { title: 'Newest first', name: 'publishedAtDesc', by: [{ field: 'publishedAt', direction: 'desc' }] },
    { title: 'Title A–Z', name: 'titleAsc', by: [{ field: 'title', direction: 'asc' }] },
  ],
  preview: {
    select: { title: 'title', authorName: 'author.name', publishedAt: 'publishedAt', media: 'mainImage' },
    prepare({ title, authorName, publishedAt, media }) {
      const date = formatDate(publishedAt)
      return {
        title: title || 'Untitled post',
        subtitle: [authorName, date].filter(Boolean).join(' · ') || undefined,
        media,
      }
    },
  },
})
