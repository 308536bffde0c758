import { CogIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

/** Site-wide settings: a single document with the id `siteSettings`. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Site title',
      type: 'string',
      description: 'The site’s name, shown in the header, browser tab and feed.',
      validation: (rule) => rule.required().error('Give the site a title'),
    }),
    defineField({
      name: 'description',
      title: 'Site description',
      type: 'text',
      rows: 3,
      description: 'One or two sentences about the site, used by search engines and the feed.',
      validation: (rule) => [
        rule.required().error('Describe the site in a sentence or two'),
        rule.max(160).warning('Search engines cut descriptions after about 160 characters'),
      ],
    }),
    defineField({
      name: 'defaultDisclaimer',
      title: 'Default disclaimer',
      type: 'reference',
      to: [{ type: 'disclaimer' }],
      description: 'Shown on every post that does not pick its own disclaimer. Required.',
      // Health content always carries a notice, so a site default is required.
      validation: (rule) => rule.required(),
    }),
  ],
  preview: { prepare: () => ({ title: 'Site settings', media: CogIcon }) },
})
