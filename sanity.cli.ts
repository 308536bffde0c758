import { defineCliConfig } from 'sanity/cli'
import { dataset, projectId } from './sanity/env'

// `npx sanity …` (schema extract, typegen, dataset import/export) uses the same project as the site.
export default defineCliConfig({
  api: { projectId, dataset },
  // `npm run typegen`: the schema as JSON, then a type for every defineQuery() in lib/.
  schemaExtraction: { path: 'sanity/schema.json', enforceRequiredFields: true },
  typegen: {
    path: ['./lib/**/*.ts', '!./lib/**/*.test.ts'],
    schema: 'sanity/schema.json',
    generates: 'sanity.types.ts',
  },
})
