import { LinkIcon } from '@sanity/icons/Link'
import { defineField, defineType } from 'sanity'
import { checkLinkHref, uriParsingOnly } from '../lib/urls'

/** A link annotation in body text, callouts and disclaimers. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'href',
      title: 'Address',
      type: 'url',
      description: 'A web address (https://…), an email (mailto:…), a phone number (tel:…), or a page on this site starting with /.',
      validation: (rule) => rule.required().uri(uriParsingOnly).custom(checkLinkHref),
    }),
  ],
})
