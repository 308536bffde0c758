/**
 * Source-health records for a few demo citations, one per state a reader or editor can meet,
 * in the shape `npm run sources:check -- --write` stores them. Illustrative, not a real check
 * of these sites: all dated on one demo run, 18 November 2026.
 */
import type { SourceHealth } from '../../lib/sources-health/health'

export const DEMO_CHECKED_AT = '2026-11-18T06:00:00.000Z'
const FIRST_FAILED_AT = '2026-11-12T06:00:00.000Z'

const snapshot = (url: string, timestamp = '20250627101512') => ({
  archivedUrl: `https://web.archive.org/web/${timestamp}/${url.split('#')[0]}`,
  archivedAt: `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}T${timestamp.slice(8, 10)}:${timestamp.slice(10, 12)}:${timestamp.slice(12, 14)}.000Z`,
})

type Recorded = Omit<SourceHealth, 'url' | 'checkedAt'>

const reachable = { problem: null, failures: 0, firstFailedAt: null, redirect: null } as const
const none = { archivedUrl: null, archivedAt: null }

/** By citation short name; `url` comes from the citation itself. */
export function demoSourceHealth(url: string): Record<string, Recorded> {
  return {
    'pmc-k2-calcium-use': { ...reachable, status: 'ok', httpStatus: 200, finalUrl: url, textFound: null, ...none },
    'ods-vitamin-k': { ...reachable, status: 'ok', httpStatus: 200, finalUrl: url, textFound: null, ...none },
    'melioguide-k2-osteoporosis': {
      status: 'broken',
      httpStatus: 404,
      finalUrl: url,
      redirect: null,
      problem: 'not-found',
      textFound: null,
      failures: 3,
      firstFailedAt: FIRST_FAILED_AT,
      ...snapshot(url),
    },
    'oaj-k2-cardiovascular': {
      status: 'broken',
      httpStatus: 410,
      finalUrl: url,
      redirect: null,
      problem: 'gone',
      textFound: null,
      failures: 3,
      firstFailedAt: FIRST_FAILED_AT,
      ...none,
    },
    'devlin-d3-k2-guide': {
      ...reachable,
      status: 'text-not-found',
      httpStatus: 200,
      finalUrl: url.split('#')[0]!,
      textFound: false,
      ...snapshot(url, '20250627143010'),
    },
    'algaecal-mk4-mk7': {
      ...reachable,
      status: 'redirected',
      httpStatus: 200,
      redirect: 'other-host',
      textFound: null,
      finalUrl: 'https://www.algaecal.com/expert-insights/the-two-forms-of-vitamin-k2/',
      ...snapshot(url),
    },
    'researchgate-k-d-bone-meta-analysis': {
      status: 'blocked',
      httpStatus: 403,
      finalUrl: url,
      redirect: null,
      problem: 'access-denied',
      textFound: null,
      failures: 0,
      firstFailedAt: null,
      ...snapshot(url),
    },
    'mediq7-k2-mk7': {
      status: 'failing',
      httpStatus: 503,
      finalUrl: url,
      redirect: null,
      problem: 'server-error',
      textFound: null,
      failures: 1,
      firstFailedAt: DEMO_CHECKED_AT,
      ...snapshot(url),
    },
  }
}

/** An archived copy an editor saved by hand: it wins over anything the check finds. */
export const DEMO_ARCHIVE_URLS: Record<string, string> = {
  'ods-vitamin-k': 'https://web.archive.org/web/20261005120000/https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/',
}
