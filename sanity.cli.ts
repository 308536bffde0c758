import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './sanity/env'

// `npx sanity …` (schema extract, dataset import/export) uses the same project as the site.
export default defineCliConfig({
  api: { projectId, dataset },
})
