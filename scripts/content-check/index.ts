import path from 'node:path'
import { loadDatasetFile, type LoadedDataset } from '../../lib/source/dataset-file'
import { DEMO_DATASET_PATH } from '../../lib/source/local'
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

/** Validates a dataset (NDJSON, export folder or `.tar.gz`) with the Studio's rules, duplicate sources and the site's query contracts. */
export async function checkDataset(datasetPath: string = DEMO_DATASET_PATH): Promise<ContentCheckResult> {
  const resolved = path.resolve(datasetPath)
  const dataset = await loadDatasetFile(resolved)
  const problems = [
    ...(await checkStudioRules(dataset.documents)),
    ...checkDuplicateSources(dataset.documents),
    ...(await checkQueryContracts(dataset.documents)),
  ]
  return { datasetPath: resolved, dataset, problems }
}
