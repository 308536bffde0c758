import { PlayIcon } from '@sanity/icons/Play'
import { defineField, defineType } from 'sanity'
import { checkVideoUrl, uriParsingOnly } from '../lib/urls'

/** A YouTube or Vimeo video in the body; the site embeds it with a privacy-friendly player. */
export const videoEmbed = defineType({
  name: 'videoEmbed',
  title: 'Video',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Video address',
      type: 'url',
      description: 'The address of a YouTube or Vimeo video, e.g. https://www.youtube.com/watch?v=… or https://vimeo.com/….',
      validation: (rule) => rule.required().uri(uriParsingOnly).custom(checkVideoUrl),
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      options: { readerProse: true },
      description: 'Optional: what the video shows and who made it.',
    }),
  ],
  preview: {
    select: { title: 'caption', subtitle: 'url' },
    prepare: ({ title, subtitle }: { title?: string; subtitle?: string }) => ({
      title: title || 'Video',
      subtitle,
    }),
  },
})
