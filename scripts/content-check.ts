/**
 * `npm run content:check [path]`: is this dataset fit to publish? Prints each problem as
 * `<document id> <field path>: <message>`; exits 1 on errors, 0 when there are only warnings.
 */
import { UsageError, count, parseCommandLine } from './cli'
import { checkDataset, formatProblem, hasErrors } from './content-check/index'

const USAGE = `Usage: npm run content:check [DATASET_PATH]

Validates a dataset with the Studio's rules and the site's query contracts, and lists each
problem as "<level> <document id> <field>: <message>".

  DATASET_PATH  an .ndjson file, a \`sanity dataset export\` .tar.gz or an export folder;
                default: the demo dataset (content/demo/data.ndjson)
  -h, --help    show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.`

async function main() {
  const { help, path } = parseCommandLine(process.argv.slice(2), {}, USAGE)
  if (help) return console.log(USAGE)
  const { datasetPath, dataset, problems } = await checkDataset(path)
  for (const problem of problems) console.log(formatProblem(problem))
  const errors = problems.filter((problem) => problem.level === 'error').length
  console.log(
    `\n${datasetPath}: ${count(dataset.documents.length, 'document')}, ${count(errors, 'error')}, ${count(problems.length - errors, 'warning')}`,
  )
  process.exitCode = hasErrors(problems) ? 1 : 0
}

main().catch((error) => {
  console.error(
    error instanceof UsageError ? error.message : `content:check failed: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exitCode = 2
})
