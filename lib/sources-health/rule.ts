import type { Problem, SourceHealth, SourceStatus } from './health'

/**
 * Turning one check into the recorded health. A failure flips a reader's link only once it is
 * confirmed: at least two failed checks in a row, the first and the latest at least three days
 * apart. One bad day on the source's side never sends readers to an archive.
 */

export const CONFIRM_AFTER_FAILURES = 2
export const CONFIRM_AFTER_MS = 3 * 24 * 60 * 60 * 1000

/** A check's verdict before the confirmation rule: what the answer itself says. */
export type Verdict =
  | { kind: 'reachable'; textFound: boolean | null }
  | { kind: 'blocked'; problem: Problem }
  | { kind: 'failed'; problem: Problem }
  | { kind: 'refused' }

export interface CheckObservation {
  url: string
  verdict: Verdict
  httpStatus: number | null
  finalUrl: string | null
  redirect: 'same-host' | 'other-host' | null
}

/** The answer's verdict: 2xx reachable; 401/403/429 blocked; 404/410/other 4xx/5xx and network trouble failed. */
export function verdictOf(probe: { httpStatus: number | null; problem: Problem | null }, textFound: boolean | null): Verdict {
  if (probe.problem === 'private-address') return { kind: 'refused' }
  if (probe.problem) return { kind: 'failed', problem: probe.problem }
  const status = probe.httpStatus ?? 0
  if (status >= 200 && status < 300) return { kind: 'reachable', textFound }
  if (status === 401 || status === 403) return { kind: 'blocked', problem: 'access-denied' }
  if (status === 429) return { kind: 'blocked', problem: 'rate-limited' }
  if (status === 404) return { kind: 'failed', problem: 'not-found' }
  if (status === 410) return { kind: 'failed', problem: 'gone' }
  if (status >= 500) return { kind: 'failed', problem: 'server-error' }
  if (status >= 300 && status < 400) return { kind: 'failed', problem: 'bad-redirect' }
  return { kind: 'failed', problem: 'http-error' }
}

/**
 * The health after a check at `now`. `previous` counts only if it was recorded for the same
 * address: an editor who fixes a URL starts it afresh. Archive fields are the caller's.
 */
export function nextHealth(
  previous: Partial<SourceHealth> | null | undefined,
  observation: CheckObservation,
  now: Date,
): Omit<SourceHealth, 'archivedUrl' | 'archivedAt'> {
  const prior = previous && previous.url === observation.url ? previous : null
  const checkedAt = now.toISOString()
  const base = {
    url: observation.url,
    httpStatus: observation.httpStatus,
    finalUrl: observation.finalUrl,
    redirect: observation.redirect,
    checkedAt,
  }
  const { verdict } = observation
  const priorFailures = prior?.failures ?? 0
  const priorFirstFailed = priorFailures > 0 ? (prior?.firstFailedAt ?? null) : null

  switch (verdict.kind) {
    case 'refused':
      return { ...base, status: 'refused', problem: 'private-address', textFound: null, failures: 0, firstFailedAt: null }
    case 'blocked':
      // A site that turns the checker away says nothing about whether the page exists: the streak is left as it was.
      return {
        ...base,
        status: 'blocked',
        problem: verdict.problem,
        textFound: null,
        failures: priorFailures,
        firstFailedAt: priorFirstFailed,
      }
    case 'failed': {
      const failures = priorFailures + 1
      const firstFailedAt = priorFirstFailed ?? checkedAt
      const confirmed = failures >= CONFIRM_AFTER_FAILURES && now.getTime() - Date.parse(firstFailedAt) >= CONFIRM_AFTER_MS
      return { ...base, status: confirmed ? 'broken' : 'failing', problem: verdict.problem, textFound: null, failures, firstFailedAt }
    }
    case 'reachable': {
      const status: SourceStatus = verdict.textFound === false ? 'text-not-found' : observation.redirect ? 'redirected' : 'ok'
      return { ...base, status, problem: null, textFound: verdict.textFound, failures: 0, firstFailedAt: null }
    }
  }
}

/** A source that this check confirmed broken (it was not broken before): what makes the command exit non-zero. */
export const turnedBroken = (previous: Partial<SourceHealth> | null | undefined, next: Pick<SourceHealth, 'status'>) =>
  next.status === 'broken' && previous?.status !== 'broken'
