import { TagIcon } from '@sanity/icons/Tag'
import { defineField, defineType } from 'sanity'
import { slugField } from './slugField'

/** A content type (News, Video, Review) or a topic (e.g. Vitamins) that groups posts. */
export const category = defineType({
  name: 'category',
  title: 'Category',
  type: 'document',
  icon: TagIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      options: { readerProse: true },
      description: 'The name readers see, e.g. "Bone health".',
      validation: (rule) => [rule.required().error('Give the category a title'), rule.max(60).warning('Keep category names short')],
    }),
    slugField({ source: 'title', usage: 'The category page’s address: /blog/category/<slug>.' }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'text',
      rows: 3,
      options: { readerProse: true },
      description: 'Optional: one or two sentences shown at the top of the category page.',
      validation: (rule) => rule.max(300).warning('Keep the description under 300 characters'),
    }),
  ],
  preview: { select: { title: 'title', subtitle: 'slug.current' } },
})
