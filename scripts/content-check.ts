/**
 * `npm run content:check [path]`: is this dataset fit to publish? Prints each problem as
 * `<document id> <field path>: <message>`; exits 1 on errors, 0 when there are only warnings.
 */
import { checkDataset, formatProblem, hasErrors } from './content-check/index'

async function main() {
  const { datasetPath, dataset, problems } = await checkDataset(process.argv[2])
  for (const problem of problems) console.log(formatProblem(problem))
  const errors = problems.filter((problem) => problem.level === 'error').length
  console.log(`\n${datasetPath}: ${dataset.documents.length} documents, ${errors} errors, ${problems.length - errors} warnings`)
  process.exitCode = hasErrors(problems) ? 1 : 0
}

main().catch((error) => {
  console.error(`content:check failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
})
