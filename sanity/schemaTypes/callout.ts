import { BulbOutlineIcon } from '@sanity/icons/BulbOutline'
import { defineField, defineType, type PortableTextBlock } from 'sanity'

const tones = [
  { title: 'Info', value: 'info' },
  { title: 'Tip', value: 'tip' },
  { title: 'Warning', value: 'warning' },
]

/** A boxed note inside the body, e.g. "talk to your doctor before…". */
export const callout = defineType({
  name: 'callout',
  title: 'Callout',
  type: 'object',
  icon: BulbOutlineIcon,
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      description: 'Info for context, Tip for practical advice, Warning for safety notes (e.g. drug interactions).',
      options: { list: tones, layout: 'radio', direction: 'horizontal' },
      initialValue: 'info',
      validation: (rule) => rule.required().error('Pick a tone'),
    }),
    defineField({
      name: 'body',
      title: 'Text',
      type: 'simpleBlockContent',
      description: 'A few sentences. Callouts cannot hold citations; cite in the surrounding text instead.',
      validation: (rule) => rule.required().error('Write the callout text'),
    }),
  ],
  preview: {
    select: { tone: 'tone', body: 'body' },
    prepare({ tone, body }: { tone?: string; body?: PortableTextBlock[] }) {
      const firstBlock = body?.find((block) => Array.isArray(block.children))
      const text = (firstBlock?.children as { text?: string }[] | undefined)?.map((child) => child.text ?? '').join('')
      return {
        title: text || 'Empty callout',
        subtitle: `Callout · ${tones.find((option) => option.value === tone)?.title ?? 'Info'}`,
      }
    },
  },
})
