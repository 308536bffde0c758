import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { CheckSourceNowAction } from './sanity/actions/checkSourceNow'
import { apiHost, apiVersion, dataset, projectId } from './sanity/env'
import { presentation } from './sanity/presentation'
import { MarkReviewedAction } from './sanity/review/MarkReviewedAction'
import { ReviewBadge } from './sanity/review/ReviewBadge'
import { LookupAction } from './sanity/references/LookupAction'
import { CitationRetractionBadge, PostRetractionBadge } from './sanity/references/RetractionBadge'
import { machineWrittenTypes, schemaTypes, singletonTypes } from './sanity/schemaTypes'
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

  // What an editor's top bar offers. Vision (raw GROQ over the whole dataset, drafts and
  // checker records included) is a developer's tool: administrators only. The publishing plan is
  // draft → publish (reviews, corrections); there are no releases or scheduled publishing, so
  // their tools and menus stay off, and the perspective menu offers only Drafts and Published.
  tools: (tools, { currentUser }) =>
    currentUser?.roles.some(({ name }) => name === 'administrator') ? tools : tools.filter(({ name }) => name !== 'vision'),
  releases: { enabled: false },
  scheduledDrafts: { enabled: false },
  scheduledPublishing: { enabled: false },

  schema: {
    types: schemaTypes,
    // Hide singletons and checker-written records from every "create new document" menu.
    templates: (templates) => templates.filter(({ schemaType }) => !singletonTypes.has(schemaType) && !machineWrittenTypes.has(schemaType)),
  },

  document: {
    actions: (actions, { schemaType }) => {
      if (singletonTypes.has(schemaType)) return actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
      // First, so on a post due for review it is the primary button; it hides itself on the others.
      if (schemaType === 'post') return [MarkReviewedAction, ...actions]
      return schemaType === 'citation' ? [...actions, CheckSourceNowAction, LookupAction] : actions
    },
    badges: (badges, { schemaType }) =>
      schemaType === 'post'
        ? [...badges, ReviewBadge, PostRetractionBadge]
        : schemaType === 'citation'
          ? [...badges, CitationRetractionBadge]
          : badges,
  },
})
