import { UserIcon } from '@sanity/icons/User'
import { defineArrayMember, defineField, defineType } from 'sanity'
import { checkProfileUrl, uriParsingOnly } from '../lib/urls'
import { altField } from './imageWithAlt'
import { slugField } from './slugField'

/** A person who writes and/or reviews posts; their page is /authors/<slug>. */
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
      options: { readerProse: true },
      description: 'The byline shown on posts.',
      validation: (rule) => rule.required().error('Give the author’s name'),
    }),
    slugField({ source: 'name', usage: 'A stable short name for the author, used in addresses and feeds.' }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description:
        'Optional: post-nominal letters shown after the name, e.g. "MD", "RD" or "PhD, RD". Leave empty for writers without a professional qualification.',
      validation: (rule) => [
        rule.max(40).error('Keep credentials to the letters themselves (at most 40 characters), e.g. "MD, MPH"'),
        rule
          .custom((value: string | undefined) =>
            value && /^(dr\.?|doctor)\s/i.test(value.trim())
              ? 'Write the letters after the name (e.g. "MD"), not a title such as "Dr"'
              : true,
          )
          .warning(),
      ],
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      description: 'Optional: what they do, e.g. "Registered dietitian" or "Managing editor". Shown on their page and in search results.',
      validation: (rule) => rule.max(80).error('Keep the role under 80 characters'),
    }),
    defineField({
      name: 'bio',
      title: 'Bio',
      type: 'text',
      rows: 4,
      options: { readerProse: true },
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
    defineField({
      name: 'expertise',
      title: 'Areas of expertise',
      type: 'array',
      description: 'Optional: topics they know well, e.g. "bone health", "nutrition in pregnancy".',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique().error('This topic is listed twice'),
    }),
    defineField({
      name: 'sameAs',
      title: 'Profile links',
      type: 'array',
      description:
        'Optional: pages elsewhere that show who they are (professional register, university page, LinkedIn, ORCID). Full https:// addresses.',
      of: [defineArrayMember({ type: 'url', validation: (rule) => rule.uri(uriParsingOnly).custom(checkProfileUrl) })],
      validation: (rule) => rule.unique().error('This link is listed twice'),
    }),
  ],
  preview: {
    select: { name: 'name', credentials: 'credentials', role: 'role', media: 'image' },
    prepare({ name, credentials, role, media }) {
      return {
        title: [name || 'Unnamed author', credentials?.trim()].filter(Boolean).join(', '),
        subtitle: role || undefined,
        media,
      }
    },
  },
})
