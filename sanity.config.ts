import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { apiHost, apiVersion, dataset, projectId } from './sanity/env'
import { presentation } from './sanity/presentation'
import { schemaTypes, singletonTypes } from './sanity/schemaTypes'
import { defaultDocumentNode, structure } from './sanity/structure'

// Singletons may be edited and published, never created, duplicated or deleted.
const singletonActions = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'Cited blog',
  basePath: '/studio',
  projectId,
  dataset,
  apiHost,

  plugins: [
    structureTool({ structure, defaultDocumentNode }),
    visionTool({ defaultApiVersion: apiVersion, defaultDataset: dataset }),
    presentation,
  ],

  schema: {
    types: schemaTypes,
    // Hide singletons from every "create new document" menu.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType)),
  },

  document: {
    actions: (actions, { schemaType }) =>
      singletonTypes.has(schemaType)
        ? actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
        : actions,
  },
})
