import { ClockIcon } from '@sanity/icons/Clock'
import type { StructureBuilder, StructureResolverContext } from 'sanity/structure'
import { NEEDS_REVIEW_FILTER, needsReviewParams } from '../../lib/review'
import { apiVersion } from '../env'
import { fetchReviewSettings, type QueryClient } from './settings'

/**
 * "Needs review": posts whose next review has passed or falls within 30 days, soonest first.
 * The window is worked out when the editor opens the list, with the interval in Site settings.
 */
export function needsReviewListItem(S: StructureBuilder, context: StructureResolverContext) {
  return S.listItem()
    .title('Needs review')
    .id('needs-review')
    .icon(ClockIcon)
    .child(async () => {
      const settings = await fetchReviewSettings(context.getClient({ apiVersion }) as unknown as QueryClient)
      return S.documentList()
        .id('needs-review')
        .title('Needs review')
        .schemaType('post')
        .apiVersion(apiVersion)
        .filter(NEEDS_REVIEW_FILTER)
        .params(needsReviewParams(settings.intervalMonths))
        .defaultOrdering([
          { field: 'nextReviewDue', direction: 'asc' },
          { field: 'lastReviewedAt', direction: 'asc' },
        ])
    })
}
