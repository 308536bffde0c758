/** `npm run sources:check -- [DATASET_PATH] [--json] [--write] [--allow-private-hosts]` (`--help`); see docs/sources-health.md. */
import { existsSync } from 'node:fs'
import { UsageError } from './cli'
import { runSourcesCheck } from './sources-check/run'

// The same env files the site and `npm run seed` read.
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file)

runSourcesCheck({ argv: process.argv.slice(2), env: process.env }).then(
  ({ exitCode }) => {
    process.exitCode = exitCode
  },
  (error) => {
    console.error(
      error instanceof UsageError ? error.message : `sources:check failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exitCode = 2
  },
)
