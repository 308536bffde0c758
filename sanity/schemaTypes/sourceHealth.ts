import { ActivityIcon } from '@sanity/icons/Activity'
import { defineField, defineType } from 'sanity'
import { SOURCE_HEALTH_TYPE, SOURCE_STATUSES } from '../../lib/sources-health/health'
import { formatDate } from '../../lib/content/dates'
import { SOURCE_STATUS_LABELS } from '../lib/source-health'
import { RETRACTION_STATUSES } from '../../lib/references/retractions/display'

/**
 * What `npm run sources:check` found for one citation (`sourceHealth-<citation id>`). Written by
 * the checker only, so every field is read-only here; a companion document keeps those daily
 * writes out of the citation's own history and drafts.
 */
export const sourceHealth = defineType({
  name: SOURCE_HEALTH_TYPE,
  title: 'Source health',
  type: 'document',
  icon: ActivityIcon,
  readOnly: true,
  fields: [
    defineField({ name: 'citation', title: 'Citation', type: 'reference', to: [{ type: 'citation' }], weak: true }),
    defineField({ name: 'url', title: 'Address checked', type: 'string' }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      options: { list: SOURCE_STATUSES.map((value) => ({ value, title: SOURCE_STATUS_LABELS[value] })) },
    }),
    defineField({ name: 'httpStatus', title: 'HTTP status', type: 'number' }),
    defineField({ name: 'finalUrl', title: 'Final address (after redirects)', type: 'string' }),
    defineField({ name: 'redirect', title: 'Redirect', type: 'string', options: { list: ['same-host', 'other-host'] } }),
    defineField({ name: 'problem', title: 'Problem', type: 'string' }),
    defineField({ name: 'textFound', title: 'Cited text still on the page', type: 'boolean' }),
    defineField({ name: 'archivedUrl', title: 'Archived copy found', type: 'string' }),
    defineField({ name: 'archivedAt', title: 'Archived on', type: 'datetime' }),
    defineField({ name: 'checkedAt', title: 'Checked at', type: 'datetime' }),
    defineField({ name: 'failures', title: 'Failed checks in a row', type: 'number' }),
    defineField({ name: 'firstFailedAt', title: 'First failed at', type: 'datetime' }),
    defineField({ name: 'checkRequestedAt', title: '"Check now" requested at', type: 'datetime' }),
    defineField({
      name: 'retraction',
      title: 'Retraction, correction or expression of concern',
      description: 'From Crossref and PubMed; absent when the cited work has none.',
      type: 'object',
      fields: [
        defineField({ name: 'status', title: 'Status', type: 'string', options: { list: [...RETRACTION_STATUSES] } }),
        defineField({ name: 'notice', title: 'Notice', type: 'string' }),
        defineField({ name: 'date', title: 'Date of the notice', type: 'string' }),
      ],
    }),
  ],
  preview: {
    select: { title: 'citation.title', status: 'status', checkedAt: 'checkedAt', url: 'url' },
    prepare({ title, status, checkedAt, url }) {
      const label = SOURCE_STATUS_LABELS[status as keyof typeof SOURCE_STATUS_LABELS] ?? 'Not checked'
      return {
        title: title || url || 'Citation',
        subtitle: [label, checkedAt && `checked ${formatDate(String(checkedAt).slice(0, 10))}`].filter(Boolean).join(' · '),
      }
    },
  },
})
