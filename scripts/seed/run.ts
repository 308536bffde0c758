import { createLakeClient } from '../../lib/source/client'
import { checkDataset, formatProblem, hasErrors } from '../content-check/index'
import { readSeedConfig, seedDataset, type SeedSummary } from './seed'

/** An image upload or one of the importer's transactions (up to 256 kB of documents) takes far longer than a page's query. */
const SEED_REQUEST_TIMEOUT_MS = 120_000

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError'
}

export class SeedUnreachableError extends Error {
  override name = 'SeedUnreachableError'
}

const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH'])

/** The system error code when nothing answered (no such host, refused, no route), from the error or its causes. */
function unreachableCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return code
  }
  return undefined
}

/**
 * `npm run seed [path]`: check the configuration, then the content (the same check as
 * `npm run content:check`), and only then write to the project.
 */
export async function runSeed({
  datasetPath,
  env,
  log = console.log,
}: {
  datasetPath?: string
  env: Record<string, string | undefined>
  log?: (line: string) => void
}): Promise<SeedSummary> {
  const config = readSeedConfig(env)
  log(`[seed] checking ${datasetPath ?? 'the demo dataset'} before writing to ${config.projectId}/${config.dataset}`)
  const { problems, datasetPath: resolved } = await checkDataset(datasetPath)
  for (const problem of problems) log(formatProblem(problem))
  if (hasErrors(problems)) {
    throw new SeedRefusedError(`${resolved} has content errors (listed above); nothing was written. Fix them and run again.`)
  }
  const summary = await seedDataset({
    datasetPath: resolved,
    client: createLakeClient({ ...config, timeout: SEED_REQUEST_TIMEOUT_MS }),
    log,
  }).catch((error: unknown) => {
    const code = unreachableCode(error)
    if (!code) throw error
    throw new SeedUnreachableError(
      `Could not reach the Sanity project "${config.projectId}" through ${config.apiHost} (${code}). ` +
        "Check NEXT_PUBLIC_SANITY_PROJECT_ID (and NEXT_PUBLIC_SANITY_API_HOST if you set it) and this machine's connection, then run again.",
      { cause: error },
    )
  })
  log(`[seed] done: ${summary.documents} documents in ${config.projectId}/${config.dataset}`)
  return summary
}
