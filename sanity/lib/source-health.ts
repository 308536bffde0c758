import type { SourceStatus } from '../../lib/sources-health/health'

/** How the Studio names each status of `npm run sources:check`, and how serious it is. */
export const SOURCE_STATUS_LABELS: Record<SourceStatus, string> = {
  ok: 'OK',
  redirected: 'Redirected',
  'text-not-found': 'Text no longer found',
  blocked: 'Blocked the checker',
  failing: 'Failing (not yet confirmed)',
  broken: 'Broken',
  refused: 'Not checked: private address',
}

export const SOURCE_STATUS_TONES: Record<SourceStatus, 'positive' | 'caution' | 'critical' | 'default'> = {
  ok: 'positive',
  redirected: 'caution',
  'text-not-found': 'critical',
  blocked: 'default',
  failing: 'caution',
  broken: 'critical',
  refused: 'default',
}

/** What an editor can do about each status. */
export const SOURCE_STATUS_ADVICE: Record<SourceStatus, string> = {
  ok: 'The page answers and still holds the cited text.',
  redirected:
    'The address now redirects. If it lands on the same work, replace the address with the final one; if it lands somewhere else, find the work again or rely on the archived copy.',
  'text-not-found':
    'The page lives but no longer says what was cited. Re-read it: update the passage link and access date, cite the archived copy, or revise the claim.',
  blocked: 'The site turned the checker away (401/403/429). Open it yourself; nothing is wrong unless you cannot read it either.',
  failing:
    'The last check failed. It counts as broken only after failing again at least three days later; nothing changes for readers yet.',
  broken: 'Confirmed gone: readers are sent to the archived copy. Find the work’s new address, or set an archived copy by hand.',
  refused: 'The address points into a private network, so the checker will not fetch it. Use the public address of the source.',
}
