import { Agent } from 'undici'
import { guardedLookup } from './addresses'
import { READER_VISIBLE_FIELDS, storedHealthSchema, type SourceHealth } from './health'
import { htmlToTextBlocks, plainTextBlocks } from './html-text'
import { probeSource, type Probe } from './probe'
import { mostHostsUnreachable, tallyHosts, type NetworkOutage } from './outage'
import { nextHealth, turnedBroken, verdictOf } from './rule'
import { createScheduler } from './scheduler'
import { parseTextDirectives, textFragmentsFound } from './text-fragment'
import { archiveAnswers, findSnapshot } from './wayback'
import type { RetractionCheck } from '../references/retractions'

/** A citation as the checker sees it: its address, when it was read, and what was recorded last time. */
export interface CitationToCheck {
  _id: string
  url: string | null
  accessedAt: string | null
  /** The work's identifiers, for the retraction check (lib/references/retractions). */
  doi?: string | null
  pmid?: string | null
  /** Ids of the published posts that list it. */
  citedBy: string[]
  health: unknown
}

export interface SourceResult {
  citationId: string
  url: string
  citedBy: string[]
  previous: Partial<SourceHealth> | null
  health: SourceHealth
  /** Something a reader sees changed (status or archived copy): the posts citing it need revalidating. */
  changedForReaders: boolean
  turnedBroken: boolean
  /** The archive could not be asked; what was known before is kept. */
  archiveError: string | null
  /** Retraction, correction or concern (set by `sources:check` for works with a DOI or PMID). */
  retraction?: RetractionCheck
}

export interface CheckOptions {
  /** Names the site, so a publisher can see who is checking and why. */
  userAgent: string
  allowPrivateHosts: boolean
  waybackApiUrl: string
  now?: () => Date
  timeoutMs?: number
  maxRedirects?: number
  concurrency?: number
  perHostConcurrency?: number
  perHostDelayMs?: number
  maxRetryAfterMs?: number
  retryDelayMs?: number
  maxBodyBytes?: number
}

export const DEFAULT_CHECK_SETTINGS = {
  timeoutMs: 15_000,
  maxRedirects: 5,
  concurrency: 8,
  perHostConcurrency: 1,
  perHostDelayMs: 500,
  maxRetryAfterMs: 10_000,
  retryDelayMs: 1_000,
  maxBodyBytes: 5 * 1024 * 1024,
}

export function userAgentFor(siteUrl: string) {
  return `CitedSourcesCheck/1.0 (+${siteUrl}; checks that the sources our articles cite are still there)`
}

function pageBlocks(page: NonNullable<Probe['page']>): string[] {
  return /^text\/plain\b/i.test(page.contentType) ? plainTextBlocks(page.text) : htmlToTextBlocks(page.text)
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return ''
  }
}

export interface CheckRun {
  checkedAt: string
  results: SourceResult[]
  /** Set when the checker could not reach the network: `results` is then empty and nothing may be recorded. */
  networkUnavailable: NetworkOutage | null
}

/**
 * Checks every citation with an address; one timestamp for the whole run. Every source is
 * probed first, so the run can tell its own outage (lib/sources-health/outage.ts) before any
 * failure is counted.
 */
export async function checkSources(citations: readonly CitationToCheck[], options: CheckOptions): Promise<CheckRun> {
  const settings = { ...DEFAULT_CHECK_SETTINGS, ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) }
  const now = options.now?.() ?? new Date()
  const dispatcher = new Agent({
    connect: { lookup: guardedLookup(options.allowPrivateHosts) },
    connections: settings.perHostConcurrency,
    keepAliveTimeout: 1_000,
  })
  const scheduler = createScheduler({
    concurrency: settings.concurrency,
    perHostConcurrency: settings.perHostConcurrency,
    perHostDelayMs: settings.perHostDelayMs,
  })
  const archiveHost = hostOf(options.waybackApiUrl)

  const probeOne = async (citation: CitationToCheck & { url: string }) => {
    const needPage = parseTextDirectives(citation.url).length > 0
    const probe = await scheduler.run(hostOf(citation.url), () =>
      probeSource(citation.url, {
        timeoutMs: settings.timeoutMs,
        maxRedirects: settings.maxRedirects,
        maxRetryAfterMs: settings.maxRetryAfterMs,
        retryDelayMs: settings.retryDelayMs,
        maxBodyBytes: settings.maxBodyBytes,
        userAgent: options.userAgent,
        dispatcher,
        allowPrivateHosts: options.allowPrivateHosts,
        needPage,
      }),
    )
    const textFound = needPage && probe.page ? textFragmentsFound(citation.url, pageBlocks(probe.page)) : null
    return { citation, probe, textFound }
  }

  const judge = async ({ citation, probe, textFound }: Awaited<ReturnType<typeof probeOne>>): Promise<SourceResult> => {
    const previous = (storedHealthSchema.parse(citation.health) as Partial<SourceHealth> | null) ?? null
    const checked = nextHealth(previous, { url: citation.url, verdict: verdictOf(probe, textFound), ...probe }, now)

    const sameAddress = previous?.url === citation.url
    let archivedUrl = sameAddress ? (previous?.archivedUrl ?? null) : null
    let archivedAt = sameAddress ? (previous?.archivedAt ?? null) : null
    let archiveError: string | null = null
    if (checked.status !== 'ok' && checked.status !== 'refused') {
      try {
        const snapshot = await scheduler.run(archiveHost, () =>
          findSnapshot(citation.url, citation.accessedAt, {
            apiUrl: options.waybackApiUrl,
            userAgent: options.userAgent,
            timeoutMs: settings.timeoutMs,
          }),
        )
        // "Nothing archived" keeps an older find: the API sometimes answers empty for pages it holds.
        if (snapshot) ({ url: archivedUrl, archivedAt } = snapshot)
      } catch (error) {
        const cause = (error as { cause?: { message?: string } }).cause?.message
        archiveError = `${error instanceof Error ? error.message : String(error)}${cause ? ` (${cause})` : ''}`
      }
    }
    const health: SourceHealth = { ...checked, archivedUrl, archivedAt }
    return {
      citationId: citation._id,
      url: citation.url,
      citedBy: citation.citedBy,
      previous,
      health,
      changedForReaders: READER_VISIBLE_FIELDS.some((field) => (previous?.[field] ?? null) !== health[field]),
      turnedBroken: turnedBroken(previous, health),
      archiveError,
    }
  }

  try {
    const withUrls = citations.filter((citation): citation is CitationToCheck & { url: string } => !!citation.url?.trim())
    const probed = await Promise.all(withUrls.map(probeOne))
    const hosts = tallyHosts(probed.map(({ citation, probe }) => ({ host: hostOf(citation.url), ...probe })))
    if (mostHostsUnreachable(hosts)) {
      const witness = { apiUrl: options.waybackApiUrl, userAgent: options.userAgent, timeoutMs: settings.timeoutMs }
      if (!(await scheduler.run(archiveHost, () => archiveAnswers(witness)))) {
        return {
          checkedAt: now.toISOString(),
          results: [],
          networkUnavailable: { hostsUnreachable: hosts.unreachable, hostsAnswered: hosts.answered },
        }
      }
    }
    const results = await Promise.all(probed.map(judge))
    return { checkedAt: now.toISOString(), results, networkUnavailable: null }
  } finally {
    await dispatcher.close()
  }
}
