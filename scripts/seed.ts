/** `npm run seed [path]`: import the demo dataset (or any dataset file) into the configured Sanity project. */
import { existsSync } from 'node:fs'
import { runSeed } from './seed/run'

// Next.js reads .env.local for the site; read the same files so one set-up serves both.
for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file)

runSeed({ datasetPath: process.argv[2], env: process.env }).catch((error) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
