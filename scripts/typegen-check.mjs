// `npm test` runs this before `tsc`: it regenerates the schema JSON, the query result types and
// the reader-prose field names (`npm run typegen`) and fails when any differed from the file on
// disk, so a schema or query change can never be checked against stale ones. The fresh files are kept.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'

const generated = ['sanity/schema.json', 'sanity.types.ts', 'sanity/reader-prose.json']
const digest = (file) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing')

const before = generated.map(digest)
const run = spawnSync('npm', ['run', '--silent', 'typegen'], { stdio: 'inherit', env: { ...process.env, DO_NOT_TRACK: '1' } })
if (run.status !== 0) process.exit(run.status ?? 1)
const stale = generated.filter((file, index) => digest(file) !== before[index])
if (stale.length > 0) {
  console.error(`\nGenerated types were stale: ${stale.join(', ')} changed. They are regenerated now: review and commit them.`)
  process.exit(1)
}
console.log('Generated Sanity types are current.')
