import path from 'node:path'
import { loadDatasetFile, type LoadedDataset } from '../../lib/source/dataset-file'
import { DEMO_DATASET_PATH } from '../../lib/source/local'
import { checkDemoPeople } from './demo-people'
import { checkDuplicateSources } from './duplicate-sources'
import type { Problem } from './problems'
import { checkQueryContracts } from './query-contracts'
import { checkStudioRules } from './studio-rules'

export { formatProblem, hasErrors, type Problem } from './problems'

export interface ContentCheckResult {
  datasetPath: string
  dataset: LoadedDataset
  problems: Problem[]
}

/** Validates a dataset (NDJSON, export folder or `.tar.gz`) with the Studio's rules, duplicate sources and the site's query contracts, and looks for the demo's fictional people. */
export async function checkDataset(datasetPath: string = DEMO_DATASET_PATH): Promise<ContentCheckResult> {
  const resolved = path.resolve(datasetPath)
  const dataset = await loadDatasetFile(resolved)
  // A line that holds no document is skipped by the site too; it is named by file and line.
  const skippedLines: Problem[] = (dataset.skipped ?? []).map((line) => ({
    level: 'error',
    id: line.location,
    path: '(line)',
    message: `${line.reason}: the line is skipped, its document is missing from the site`,
  }))
  const problems = [
    ...skippedLines,
    ...(await checkStudioRules(dataset.documents)),
    ...checkDuplicateSources(dataset.documents),
    ...(await checkQueryContracts(dataset.documents)),
    ...(await checkDemoPeople(dataset.documents)),
  ]
  return { datasetPath: resolved, dataset, problems }
}
