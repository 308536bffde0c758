import { createLakeClient } from '../../lib/source/client'
import { checkDataset, formatProblem, hasErrors } from '../content-check/index'
import { readSeedConfig, seedDataset, type SeedSummary } from './seed'

/** An image upload or one of the importer's transactions (up to 256 kB of documents) takes far longer than a page's query. */
const SEED_REQUEST_TIMEOUT_MS = 120_000

export class SeedRefusedError extends Error {
  override name = 'SeedRefusedError'
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
  })
  log(`[seed] done: ${summary.documents} documents in ${config.projectId}/${config.dataset}`)
  return summary
}
