import { WarningOutlineIcon } from '@sanity/icons/WarningOutline'
import { defineField, defineType, type PortableTextBlock } from 'sanity'

/** A notice shown at the end of posts, e.g. "not medical advice". */
export const disclaimer = defineType({
  name: 'disclaimer',
  title: 'Disclaimer',
  type: 'document',
  icon: WarningOutlineIcon,
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      options: { readerProse: true },
      description: 'The heading shown above the notice, e.g. "Content disclaimer".',
      validation: (rule) => rule.required().error('Give the disclaimer a title'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'simpleBlockContent',
      description: 'The notice itself. Keep it short and plain; it appears on every post that uses it.',
      validation: (rule) => rule.required().error('Write the disclaimer text'),
    }),
  ],
  preview: {
    select: { title: 'title', body: 'body' },
    prepare({ title, body }: { title?: string; body?: PortableTextBlock[] }) {
      const firstBlock = body?.find((block) => Array.isArray(block.children))
      const text = (firstBlock?.children as { text?: string }[] | undefined)?.map((child) => child.text ?? '').join('')
      return { title: title || 'Untitled disclaimer', subtitle: text }
    },
  },
})
