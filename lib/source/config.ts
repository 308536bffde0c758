import type { Env } from '../env'
import { DEMO_DATASET_PATH } from './local'
import type { LoadedDataset } from './dataset-file'

/** Where content comes from, as plain data: the app builds one from `env`, scripts and tests their own. */
export type SourceConfig = LocalSourceConfig | LakeSourceConfig

export interface LocalSourceConfig {
  kind: 'local'
  /** An `.ndjson` file, an export `.tar.gz` or an export folder — or documents already in memory. */
  dataset: string | LoadedDataset
}

export interface LakeSourceConfig {
  kind: 'lake'
  projectId: string
  dataset: string
  apiVersion: string
  /** `https://api.sanity.io` or a Content Lake–compatible host. */
  apiHost: string
  /** Viewer token: drafts in preview, and published reads of a private dataset. */
  readToken?: string
}

export interface DataLayerConfig {
  source: SourceConfig
  /**
   * Inside a Next.js server, reads go through Next's data cache under their tags and draft mode
   * is read from the request. Scripts, benchmarks and unit tests read the source directly.
   */
  insideNext: boolean
}

export function sourceConfigFromEnv(env: Env): SourceConfig {
  return env.NEXT_PUBLIC_SANITY_PROJECT_ID
    ? {
        kind: 'lake',
        projectId: env.NEXT_PUBLIC_SANITY_PROJECT_ID,
        dataset: env.NEXT_PUBLIC_SANITY_DATASET,
        apiVersion: env.NEXT_PUBLIC_SANITY_API_VERSION,
        apiHost: env.NEXT_PUBLIC_SANITY_API_HOST,
        readToken: env.SANITY_API_READ_TOKEN,
      }
    : { kind: 'local', dataset: env.SANITY_LOCAL_DATASET ?? DEMO_DATASET_PATH }
}
