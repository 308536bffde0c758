import { createLakeClient } from '../../lib/source/client'
import { parseEnv, type Env } from '@/lib/env'
import { checkSources, userAgentFor, type CheckOptions, type SourceResult } from '@/lib/sources-health/check'
import { healthDocument, type SourceStatus } from '@/lib/sources-health/health'
import { readLakeSources, readLocalSources, writeLakeHealth, writeLocalHealth } from '@/lib/sources-health/store'
import { DEMO_DATASET_PATH } from '@/lib/source/local'
import type { NetworkOutage } from '@/lib/sources-health/outage'
import { UsageError, count, parseCommandLine } from '../cli'
import { RETRACTED_EXIT_CODE, checkRetractions, retractionNote, storedRetraction } from '@/lib/references/retractions'
import { serviceOptionsFromEnv } from '@/lib/references/lookup/services'

/**
 * `npm run sources:check -- [DATASET_PATH] [--json] [--write] [--allow-private-hosts]`:
 * checks every citation's source and reports (and with --write stores) what it found.
 * Exit codes are listed in USAGE (and docs/sources-health.md).
 */

export interface SourcesCheckArgs {
  help: boolean
  datasetPath?: string
  json: boolean
  write: boolean
  allowPrivateHosts: boolean
}

/** Exit code of a run that could not reach the network: nothing was recorded. */
export const EXIT_NETWORK_UNAVAILABLE = 3

export const USAGE = `Usage: npm run sources:check -- [DATASET_PATH] [--json] [--write] [--allow-private-hosts]

Checks every cited source: broken links, cited passages no longer on the page, archived copies.

  DATASET_PATH           an .ndjson file, export folder or .tar.gz; default: the Content Lake when
                         NEXT_PUBLIC_SANITY_PROJECT_ID is set, else SANITY_LOCAL_DATASET, else the demo
  --json                 print a JSON report instead of the table
  --write                store the results (without it nothing is written)
  --allow-private-hosts  also check addresses on loopback and private networks
  -h, --help             show this help

Exit codes: 0 checked, 1 a source turned broken, 2 could not run (arguments, settings, dataset),
3 network unavailable (most hosts and the archive gave no answer; nothing recorded),
4 a cited work was retracted since the last check (outranks 1).
See docs/sources-health.md.`

export function parseArgs(argv: readonly string[]): SourcesCheckArgs {
  const { help, flags, path } = parseCommandLine(
    argv,
    { json: { type: 'boolean' }, write: { type: 'boolean' }, 'allow-private-hosts': { type: 'boolean' } },
    USAGE,
  )
  return { help, datasetPath: path, json: flags.json, write: flags.write, allowPrivateHosts: flags['allow-private-hosts'] }
}

/** The machine-readable report `--json` prints. */
export function jsonReport(checkedAt: string, results: readonly SourceResult[]) {
  return {
    checkedAt,
    sources: results.map((result) => ({
      citationId: result.citationId,
      url: result.url,
      status: result.health.status,
      httpStatus: result.health.httpStatus,
      finalUrl: result.health.finalUrl,
      textFound: result.health.textFound,
      archivedUrl: result.health.archivedUrl,
      citedBy: result.citedBy,
      retraction: result.retraction?.retraction ?? null,
    })),
  }
}

const STATUS_ORDER: SourceStatus[] = ['broken', 'failing', 'text-not-found', 'redirected', 'blocked', 'refused', 'ok']
const STATUS_WORDS: Record<SourceStatus, string> = {
  ok: 'ok',
  redirected: 'redirected',
  'text-not-found': 'text no longer found',
  blocked: 'blocked',
  failing: 'failing (not yet confirmed)',
  broken: 'broken',
  refused: 'refused (private address)',
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)

/** A table for people: the worst first, then a one-line summary. */
export function textReport(checkedAt: string, results: readonly SourceResult[]): string {
  const sorted = [...results].sort(
    (a, b) => STATUS_ORDER.indexOf(a.health.status) - STATUS_ORDER.indexOf(b.health.status) || a.citationId.localeCompare(b.citationId),
  )
  const rows = sorted.map((result) => {
    const { health } = result
    const notes = [
      result.turnedBroken ? 'NEWLY BROKEN' : null,
      health.problem,
      health.failures > 0 ? `${count(health.failures, 'failed check')} since ${health.firstFailedAt?.slice(0, 10)}` : null,
      health.redirect && health.finalUrl ? `→ ${shorten(health.finalUrl, 60)}` : null,
      health.textFound === false ? 'cited text not on the page' : null,
      health.archivedUrl ? `archived ${health.archivedAt?.slice(0, 10) ?? ''}` : null,
      result.archiveError ? `archive lookup failed: ${result.archiveError}` : null,
      result.retraction?.becameRetracted ? 'NEWLY RETRACTED' : null,
      result.retraction?.retraction ? retractionNote(result.retraction.retraction) : null,
      result.retraction?.error ? `retraction lookup failed: ${result.retraction.error}` : null,
    ].filter(Boolean)
    return [
      health.status,
      String(health.httpStatus ?? '—'),
      String(result.citedBy.length),
      result.citationId,
      shorten(result.url, 70),
      notes.join('; '),
    ]
  })
  const header = ['status', 'http', 'posts', 'citation', 'address', 'notes']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd()
  const counts = STATUS_ORDER.map((status) => [status, results.filter((result) => result.health.status === status).length] as const).filter(
    ([, count]) => count > 0,
  )
  const newlyBroken = results.filter((result) => result.turnedBroken).length
  const newlyRetracted = results.filter((result) => result.retraction?.becameRetracted).length
  const summary =
    `${count(results.length, 'source')} checked at ${checkedAt}: ` +
    (counts.map(([status, count]) => `${count} ${STATUS_WORDS[status]}`).join(', ') || 'nothing to check') +
    (newlyBroken > 0 ? `. ${newlyBroken} turned broken in this check.` : '.') +
    (newlyRetracted > 0 ? ` ${newlyRetracted} retracted since the last check.` : '')
  return [line(header), ...rows.map(line), '', summary].join('\n')
}

export interface RunOptions {
  argv: readonly string[]
  env: Record<string, string | undefined>
  /** stdout */
  print?: (text: string) => void
  /** stderr: progress and notes, kept out of the JSON */
  log?: (text: string) => void
  /** Overrides for tests: clock, timeouts, politeness delays. */
  checkOverrides?: Partial<CheckOptions>
  /** Overrides for tests: the pause between requests to Crossref and NCBI. */
  retractionOverrides?: { delayMs?: number }
}

export interface RunSummary {
  exitCode: number
  results: SourceResult[]
  written: number
  networkUnavailable: NetworkOutage | null
}

/** Says the run measured the checker's connection, not the sources. */
export function networkUnavailableReport(outage: NetworkOutage): string {
  return (
    `Network unavailable: ${count(outage.hostsUnreachable, 'cited host')} gave no answer (DNS or connection failures), ` +
    `${outage.hostsAnswered} answered, and the archive gave none either. This says more about this machine's connection ` +
    'than about the sources: nothing was recorded and no source moved toward broken. Check the connection and run again.'
  )
}

function lakeConfig(env: Env, write: boolean) {
  if (!env.NEXT_PUBLIC_SANITY_PROJECT_ID) return null
  const token = env.SANITY_API_WRITE_TOKEN ?? (write ? undefined : env.SANITY_API_READ_TOKEN)
  if (write && !env.SANITY_API_WRITE_TOKEN) {
    throw new UsageError(
      '--write on the Content Lake needs SANITY_API_WRITE_TOKEN (an Editor token from sanity.io/manage); nothing was checked.',
    )
  }
  return {
    projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: env.NEXT_PUBLIC_SANITY_DATASET,
    apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
    apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
    token,
  }
}

export async function runSourcesCheck(options: RunOptions): Promise<RunSummary> {
  const print = options.print ?? ((text) => process.stdout.write(`${text}\n`))
  const log = options.log ?? ((text) => process.stderr.write(`${text}\n`))
  const args = parseArgs(options.argv)
  if (args.help) {
    print(USAGE)
    return { exitCode: 0, results: [], written: 0, networkUnavailable: null }
  }
  const env = parseEnv(options.env)

  const lake = args.datasetPath ? null : lakeConfig(env, args.write)
  const client = lake ? createLakeClient(lake) : null
  const datasetPath = args.datasetPath ?? env.SANITY_LOCAL_DATASET ?? DEMO_DATASET_PATH
  const where = client ? `${lake!.projectId}/${lake!.dataset}` : datasetPath

  const citations = client ? await readLakeSources(client) : await readLocalSources(datasetPath)
  log(`[sources] checking ${count(citations.length, 'citation')} in ${where}${args.allowPrivateHosts ? ' (private hosts allowed)' : ''}`)
  const checked = await checkSources(citations, {
    userAgent: userAgentFor(env.NEXT_PUBLIC_SITE_URL),
    allowPrivateHosts: args.allowPrivateHosts,
    waybackApiUrl: env.WAYBACK_API_URL,
    ...options.checkOverrides,
  })
  const { checkedAt, networkUnavailable } = checked
  if (networkUnavailable) {
    if (args.json) print(JSON.stringify({ checkedAt, networkUnavailable, sources: [] }, null, 2))
    log(`[sources] ${networkUnavailableReport(networkUnavailable)}`)
    return { exitCode: EXIT_NETWORK_UNAVAILABLE, results: [], written: 0, networkUnavailable }
  }
  // Retractions, corrections and concerns of every work with a DOI or PMID (lib/references/retractions).
  const retractions = await checkRetractions(
    citations.map((citation) => ({
      _id: citation._id,
      doi: citation.doi,
      pmid: citation.pmid,
      previous: storedRetraction(citation.health),
    })),
    { ...serviceOptionsFromEnv(env), ...options.retractionOverrides },
  )
  const results = checked.results.map((result) => ({ ...result, retraction: retractions.get(result.citationId) }))

  print(args.json ? JSON.stringify(jsonReport(checkedAt, results), null, 2) : textReport(checkedAt, results))

  let written = 0
  if (args.write) {
    const records = results.map((result) => healthDocument(result.citationId, result.health, result.retraction?.retraction))
    if (client) await writeLakeHealth(client, records)
    else await writeLocalHealth(datasetPath, records)
    written = records.length
    const changed = results.filter((result) => result.changedForReaders).length
    log(`[sources] wrote ${count(written, 'health record')} to ${where}; ${changed} changed what readers see`)
  } else {
    log('[sources] nothing written (add --write to store the results)')
  }
  const exitCode = results.some((result) => result.retraction?.becameRetracted)
    ? RETRACTED_EXIT_CODE
    : results.some((result) => result.turnedBroken)
      ? 1
      : 0
  return { exitCode, results, written, networkUnavailable: null }
}
