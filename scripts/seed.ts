/** `npm run seed [path]`: import the demo dataset (or any dataset file) into the configured Sanity project. */
import { existsSync } from 'node:fs'
import { UsageError, parseCommandLine } from './cli'
import { runSeed } from './seed/run'

const USAGE = `Usage: npm run seed [DATASET_PATH]

Checks a dataset (as npm run content:check does), then imports it into the configured Sanity
project: documents replaced by id, images uploaded. Needs NEXT_PUBLIC_SANITY_PROJECT_ID and
SANITY_API_WRITE_TOKEN (an Editor token), in .env.local or the environment.

  DATASET_PATH  an .ndjson file, a \`sanity dataset export\` .tar.gz or an export folder;
                default: the demo dataset (content/demo/data.ndjson)
  -h, --help    show this help`

async function main() {
  const { help, path } = parseCommandLine(process.argv.slice(2), {}, USAGE)
  if (help) return console.log(USAGE)
  // Next.js reads .env.local for the site; read the same files so one set-up serves both.
  for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file)
  await runSeed({ datasetPath: path, env: process.env })
}

main().catch((error) => {
  console.error(error instanceof UsageError ? error.message : `\n${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
