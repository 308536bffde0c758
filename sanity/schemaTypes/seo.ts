import { SearchIcon } from '@sanity/icons/Search'
import { defineField, defineType } from 'sanity'
import { altField, IMAGE_FRAMING_HELP } from './imageWithAlt'

/** How a post appears in search results and link previews; each field falls back to the post's own. */
export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  icon: SearchIcon,
  options: { collapsible: true, collapsed: false },
  fields: [
    defineField({
      name: 'title',
      title: 'Search title',
      type: 'string',
      description: 'Shown as the headline in search results. Leave empty to use the post title.',
      validation: (rule) => rule.max(60).warning('Search engines cut titles after about 60 characters'),
    }),
    defineField({
      name: 'description',
      title: 'Search description',
      type: 'text',
      rows: 3,
      description: 'The snippet under the headline in search results. Leave empty to use the excerpt.',
      validation: (rule) => rule.max(160).warning('Search engines cut descriptions after about 160 characters'),
    }),
    defineField({
      name: 'image',
      title: 'Sharing image',
      type: 'image',
      description: `Shown when the post is shared on social media, cut to 1200×630 around the hotspot. Leave empty to use a card with the post title. ${IMAGE_FRAMING_HELP}`,
      options: { hotspot: true },
      fields: [altField],
    }),
  ],
})
