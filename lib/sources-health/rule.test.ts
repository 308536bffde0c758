import { describe, expect, test } from 'vitest'
import type { SourceHealth } from './health'
import { nextHealth, turnedBroken, verdictOf, type CheckObservation } from './rule'

const URL_A = 'https://example.org/a'
const day = (n: number, hour = 6) => new Date(Date.UTC(2026, 10, 1 + n, hour))

const failed: CheckObservation = {
  url: URL_A,
  verdict: { kind: 'failed', problem: 'not-found' },
  httpStatus: 404,
  finalUrl: URL_A,
  redirect: null,
}
const fine: CheckObservation = {
  url: URL_A,
  verdict: { kind: 'reachable', textFound: null },
  httpStatus: 200,
  finalUrl: URL_A,
  redirect: null,
}
const blocked: CheckObservation = {
  url: URL_A,
  verdict: { kind: 'blocked', problem: 'rate-limited' },
  httpStatus: 429,
  finalUrl: URL_A,
  redirect: null,
}

/** Runs checks on the given days, each building on the last; returns every recorded health. */
function run(checks: Array<[CheckObservation, Date]>) {
  const history: Array<Omit<SourceHealth, 'archivedUrl' | 'archivedAt'>> = []
  for (const [observation, at] of checks) history.push(nextHealth(history.at(-1), observation, at))
  return history
}

describe('a failure is confirmed by two checks at least three days apart', () => {
  test('a daily check: failing on days 0–2, broken on day 3, and the count is kept', () => {
    const history = run([0, 1, 2, 3, 4].map((n) => [failed, day(n)]))
    expect(history.map((health) => health.status)).toEqual(['failing', 'failing', 'failing', 'broken', 'broken'])
    expect(history.map((health) => health.failures)).toEqual([1, 2, 3, 4, 5])
    expect(history.every((health) => health.firstFailedAt === day(0).toISOString())).toBe(true)
  })

  test('two checks exactly three days apart are enough; a minute short is not', () => {
    expect(
      run([
        [failed, day(0)],
        [failed, day(3)],
      ]).at(-1)!.status,
    ).toBe('broken')
    expect(
      run([
        [failed, day(0)],
        [failed, new Date(day(3).getTime() - 60_000)],
      ]).at(-1)!.status,
    ).toBe('failing')
  })

  test('one check, however old the first failure, is never enough', () => {
    expect(run([[failed, day(0)]])[0]!.status).toBe('failing')
  })

  test('a good check in between starts the count again', () => {
    const history = run([
      [failed, day(0)],
      [fine, day(2)],
      [failed, day(4)],
      [failed, day(6)],
    ])
    expect(history.map((health) => health.status)).toEqual(['failing', 'ok', 'failing', 'failing'])
    expect(history.at(-1)).toMatchObject({ failures: 2, firstFailedAt: day(4).toISOString() })
  })

  test('a blocked check neither confirms nor clears a failure streak', () => {
    const history = run([
      [failed, day(0)],
      [blocked, day(2)],
      [failed, day(3)],
    ])
    expect(history.map((health) => [health.status, health.failures])).toEqual([
      ['failing', 1],
      ['blocked', 1],
      ['broken', 2],
    ])
  })

  test('an editor who changes the address starts it afresh', () => {
    const [first] = run([[failed, day(0)]])
    const moved = nextHealth(first, { ...failed, url: 'https://example.org/new' }, day(5))
    expect(moved).toMatchObject({ status: 'failing', failures: 1, firstFailedAt: day(5).toISOString() })
  })

  test('a broken source that comes back is ok again', () => {
    const history = run([
      [failed, day(0)],
      [failed, day(3)],
      [fine, day(4)],
    ])
    expect(history.map((health) => health.status)).toEqual(['failing', 'broken', 'ok'])
    expect(history.at(-1)).toMatchObject({ failures: 0, firstFailedAt: null })
  })

  test('"turned broken" is true on the check that confirms it, not after', () => {
    const history = run([
      [failed, day(0)],
      [failed, day(3)],
      [failed, day(4)],
    ])
    expect([turnedBroken(history[0], history[1]!), turnedBroken(history[1], history[2]!)]).toEqual([true, false])
  })
})

describe('what an answer says', () => {
  test.each([
    [200, null, 'reachable'],
    [204, null, 'reachable'],
    [401, null, 'blocked'],
    [403, null, 'blocked'],
    [429, null, 'blocked'],
    [404, null, 'failed'],
    [410, null, 'failed'],
    [451, null, 'failed'],
    [503, null, 'failed'],
    [null, 'timeout', 'failed'],
    [null, 'private-address', 'refused'],
  ] as const)('HTTP %s / %s → %s', (httpStatus, problem, kind) => {
    expect(verdictOf({ httpStatus, problem }, null).kind).toBe(kind)
  })

  test('reachable with the text gone is text-not-found; with a redirect, redirected', () => {
    expect(nextHealth(null, { ...fine, verdict: { kind: 'reachable', textFound: false } }, day(0)).status).toBe('text-not-found')
    expect(nextHealth(null, { ...fine, redirect: 'other-host', finalUrl: 'https://elsewhere.example/' }, day(0)).status).toBe('redirected')
    expect(nextHealth(null, { ...fine, verdict: { kind: 'reachable', textFound: true } }, day(0))).toMatchObject({
      status: 'ok',
      textFound: true,
    })
  })
})
