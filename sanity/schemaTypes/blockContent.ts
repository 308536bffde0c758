import { ImageIcon } from '@sanity/icons/Image'
import { defineArrayMember, defineType } from 'sanity'
import { altField, captionField, IMAGE_FRAMING_HELP } from './imageWithAlt'
import { checkEmptyCitationMarkers } from '../lib/works-cited'

/** The body of a post: rich text with citations, images, callouts and videos. */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Heading 4', value: 'h4' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullet', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
          { title: 'Code', value: 'code' },
        ],
        // Citation first: when the toolbar is too narrow its last buttons fold into the "…" menu.
        annotations: [defineArrayMember({ type: 'citationRef' }), defineArrayMember({ type: 'link' })],
      },
      validation: (rule) => rule.custom(checkEmptyCitationMarkers),
    }),
    defineArrayMember({
      type: 'image',
      icon: ImageIcon,
      description: IMAGE_FRAMING_HELP,
      options: { hotspot: true },
      fields: [altField, captionField],
      // The block in the body reads as its caption (or alt text) beside the picture, not "Untitled".
      preview: {
        select: { caption: 'caption', alt: 'alt', media: 'asset' },
        prepare: ({ caption, alt, media }) => ({
          title: caption || alt || 'Image without alt text',
          subtitle: caption ? alt : undefined,
          media,
        }),
      },
    }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'videoEmbed' }),
  ],
})
