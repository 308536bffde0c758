/** `npm run citations:enrich -- [DATASET_PATH] [--write] [--allow-private-hosts]`; see docs/sources-health.md. */
import { existsSync } from 'node:fs'
import { runCitationsEnrich } from './citations-enrich/run'

// The same env files the site and the other scripts read.
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file)

runCitationsEnrich({ argv: process.argv.slice(2), env: process.env }).then(
  ({ exitCode }) => {
    process.exitCode = exitCode
  },
  (error) => {
    console.error(`citations:enrich failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  },
)
