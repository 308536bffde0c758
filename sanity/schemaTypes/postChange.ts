import { defineField, defineType } from 'sanity'
import { CHANGE_KIND_LABELS, CHANGE_KINDS, sortChanges } from '../../lib/review'
import { formatDate } from '../../lib/content/dates'
import { checkNotInFuture } from '../lib/dates'

/** One entry of a post's "Updates and corrections" log. */
export const postChange = defineType({
  name: 'postChange',
  title: 'Change',
  type: 'object',
  fields: [
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The day the change was made on the page.',
      options: { dateFormat: 'YYYY-MM-DD' },
      initialValue: () => new Date().toISOString().slice(0, 10),
      validation: (rule) => [
        rule.required().error('Give the day of the change'),
        rule.custom((value: string | undefined) => checkNotInFuture(value, 'The date of a change')),
      ],
    }),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      description: 'Correction: something was wrong. Update: new information was added. Clarification: wording was made clearer.',
      options: {
        list: CHANGE_KINDS.map((value) => ({ value, title: CHANGE_KIND_LABELS[value] })),
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required().error('Say whether this is a correction, an update or a clarification'),
    }),
    defineField({
      name: 'note',
      title: 'What changed',
      type: 'text',
      rows: 3,
      description: 'One or two plain sentences for readers, e.g. "We corrected the daily limit for adults: it is 4,000 IU, not 400 IU."',
      validation: (rule) => [rule.required().error('Tell readers what changed'), rule.max(500).error('Keep the note under 500 characters')],
    }),
  ],
  preview: {
    select: { date: 'date', kind: 'kind', note: 'note' },
    prepare({ date, kind, note }) {
      const label = CHANGE_KIND_LABELS[kind as keyof typeof CHANGE_KIND_LABELS] ?? 'Change'
      return { title: [label, formatDate(date)].filter(Boolean).join(' · '), subtitle: note }
    },
  },
})

/** The log reads newest first on the page whatever the order here; keeping the Studio in that order avoids surprises. */
export function checkChangeOrder(changes: { _key?: string; date?: string }[] | undefined): true | string {
  const dated = (changes ?? []).filter((change): change is { _key?: string; date: string } => !!change?.date)
  const sorted = sortChanges(dated)
  return dated.every((change, index) => change === sorted[index]) ? true : 'List the newest change first, as readers see it'
}
