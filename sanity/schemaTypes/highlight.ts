import { BlockquoteIcon } from '@sanity/icons/Blockquote'
import { defineField, defineType } from 'sanity'

/** A summary card shown with the post ("key points at a glance"). */
export const highlight = defineType({
  name: 'highlight',
  title: 'Highlight',
  type: 'object',
  icon: BlockquoteIcon,
  fields: [
    defineField({
      name: 'heading',
      title: 'Heading',
      type: 'string',
      options: { readerProse: true },
      description: 'A short label for the card, e.g. "How they work together".',
      validation: (rule) => [
        rule.required().error('Give the card a heading'),
        rule.max(80).warning('Card headings read best under 80 characters'),
      ],
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 5,
      options: { readerProse: true },
      description: 'One or more short paragraphs. Start a line with "- " to make it a bullet point.',
      validation: (rule) => [
        rule.required().error('Write the card text'),
        rule.max(600).warning('Cards are summaries; keep them under 600 characters'),
      ],
    }),
  ],
  preview: { select: { title: 'heading', subtitle: 'text' } },
})
