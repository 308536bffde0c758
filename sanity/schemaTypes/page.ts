import { DocumentTextIcon } from '@sanity/icons/DocumentText'
import { defineField, defineType } from 'sanity'
import { pageSlugProblem } from '../../lib/slugs'
import { slugField } from './slugField'

/** A standing page outside the blog (About, editorial and corrections policy, contact), served at /<slug>. */
export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      options: { readerProse: true },
      description: 'The page heading, e.g. "Editorial policy".',
      validation: (rule) => [rule.required().error('Give the page a title'), rule.max(80).warning('Keep page titles short')],
    }),
    slugField({
      source: 'title',
      usage: 'The page’s address: /<slug>. It may not be one of the site’s own sections (blog, authors, search).',
      problem: pageSlugProblem,
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      description: 'The page text. Headings become the page’s sections.',
      validation: (rule) => rule.required().error('Write the page text'),
    }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: {
    select: { title: 'title', slug: 'slug.current' },
    prepare: ({ title, slug }) => ({ title, subtitle: slug ? `/${slug}` : '' }),
  },
})
