import type { Problem } from './health'

/**
 * The checker's own outage told from a source's. No answer at all (DNS, connection, timeout)
 * says as much about the checker's network as about the source, so such failures count only
 * in a run where most hosts answered, or where the archive did. When most hosts gave no
 * answer and the archive gave none either, the run is "network unavailable": nothing is
 * recorded and no source moves toward broken.
 *
 * Because "most" is counted over hosts (not sources), a run that does count a failure always
 * had another host answer: either more hosts answered than not, or the archive did.
 */

/** Problems where nothing answered: the request never got an HTTP response. */
export const NO_ANSWER_PROBLEMS: ReadonlySet<Problem> = new Set(['dns', 'connection', 'timeout'])

export interface HostAnswer {
  host: string
  httpStatus: number | null
  problem: Problem | null
}

export interface HostTally {
  /** Hosts that sent at least one HTTP answer (any status, TLS errors included: something answered). */
  answered: number
  /** Hosts contacted that never answered. */
  unreachable: number
}

/** Counts hosts, not sources: one publisher with fifty citations is one witness. Refused and invalid addresses were never contacted. */
export function tallyHosts(probes: readonly HostAnswer[]): HostTally {
  const answered = new Set<string>()
  const contacted = new Set<string>()
  for (const { host, httpStatus, problem } of probes) {
    if (problem === 'private-address' || problem === 'invalid-url') continue
    contacted.add(host)
    if (httpStatus !== null || !problem || !NO_ANSWER_PROBLEMS.has(problem)) answered.add(host)
  }
  return { answered: answered.size, unreachable: contacted.size - answered.size }
}

/** Most contacted hosts gave no answer: time to ask a witness (the archive) whether the network works at all. */
export const mostHostsUnreachable = (tally: HostTally) => tally.unreachable > tally.answered

/** What a "network unavailable" run reports. */
export interface NetworkOutage {
  hostsUnreachable: number
  hostsAnswered: number
}
