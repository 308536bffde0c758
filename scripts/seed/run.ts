import { createClient, type SanityClient } from '@sanity/client'
import { checkDataset, formatProblem, hasErrors } from '../content-check/index'
import { readSeedConfig, seedDataset, type SeedConfig, type SeedSummary } from './seed'

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
  makeClient = (config) => createClient({ ...config, useCdn: false }),
  log = console.log,
}: {
  datasetPath?: string
  env: Record<string, string | undefined>
  makeClient?: (config: SeedConfig) => SanityClient
  log?: (line: string) => void
}): Promise<SeedSummary> {
  const config = readSeedConfig(env)
  log(`[seed] checking ${datasetPath ?? 'the demo dataset'} before writing to ${config.projectId}/${config.dataset}`)
  const { dataset, problems, datasetPath: resolved } = await checkDataset(datasetPath)
  for (const problem of problems) log(formatProblem(problem))
  if (hasErrors(problems)) {
    throw new SeedRefusedError(`${resolved} has content errors (listed above); nothing was written. Fix them and run again.`)
  }
  const summary = await seedDataset({ dataset, client: makeClient(config), log })
  log(`[seed] done: ${summary.documents} documents and ${summary.assets} assets in ${config.projectId}/${config.dataset}`)
  return summary
}
