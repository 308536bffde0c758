import { defineArrayMember, defineType } from 'sanity'

/**
 * Plain rich text for callouts and disclaimers: paragraphs, small headings, bullet lists,
 * bold/italic and links. No citations and no embedded images or videos.
 */
export const simpleBlockContent = defineType({
  name: 'simpleBlockContent',
  title: 'Simple text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading', value: 'h3' },
      ],
      lists: [{ title: 'Bullet', value: 'bullet' }],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [defineArrayMember({ type: 'link' })],
      },
    }),
  ],
})
