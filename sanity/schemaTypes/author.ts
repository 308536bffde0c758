import { UserIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'
import { altField } from './imageWithAlt'
import { slugField } from './slugField'

/** A person who writes posts. */
export const author = defineType({
  name: 'author',
  title: 'Author',
  type: 'document',
  icon: UserIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The byline shown on posts.',
      validation: (rule) => rule.required().error('Give the author’s name'),
    }),
    slugField({ source: 'name', usage: 'A stable short name for the author, used in addresses and feeds.' }),
    defineField({
      name: 'bio',
      title: 'Bio',
      type: 'text',
      rows: 4,
      description: 'Optional: a few sentences on who the author is and their background.',
      validation: (rule) => rule.max(600).warning('Keep the bio under 600 characters'),
    }),
    defineField({
      name: 'image',
      title: 'Portrait',
      type: 'image',
      description: 'Optional: a photo shown next to the byline.',
      options: { hotspot: true },
      fields: [altField],
    }),
  ],
  preview: { select: { title: 'name', media: 'image' } },
})
