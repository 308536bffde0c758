import { createClient } from '@sanity/client'
import {
  createWorkspaceFromConfig,
  type CurrentUser,
  type DocumentActionComponent,
  type DocumentActionsContext,
  type Template,
} from 'sanity'
import { afterEach, describe, expect, test, vi } from 'vitest'

async function loadConfig(env: Record<string, string | undefined>) {
  vi.resetModules()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return (await import('@/sanity.config')).default
}

afterEach(() => vi.unstubAllEnvs())

describe('the Studio config', () => {
  test('mounts at /studio and uses the project and dataset from the environment', async () => {
    const config = await loadConfig({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123xy', NEXT_PUBLIC_SANITY_DATASET: 'staging' })
    expect(config).toMatchObject({ basePath: '/studio', projectId: 'abc123xy', dataset: 'staging' })
  })

  test('still builds with no project configured, on the default dataset', async () => {
    const config = await loadConfig({ NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SANITY_DATASET: undefined })
    expect(config.projectId).toMatch(/^[a-z0-9-]+$/)
    expect(config.dataset).toBe('production')
  })

  test('site settings can be published but not created, duplicated or deleted', async () => {
    const config = await loadConfig({})
    const action = (name: string) => Object.assign((() => null) as unknown as DocumentActionComponent, { action: name })
    const all = ['publish', 'unpublish', 'discardChanges', 'duplicate', 'delete', 'restore'].map(action)
    const resolve = config.document?.actions as (
      prev: DocumentActionComponent[],
      context: Partial<DocumentActionsContext>,
    ) => DocumentActionComponent[]

    expect(resolve(all, { schemaType: 'siteSettings' }).map((a) => a.action)).toEqual(['publish', 'discardChanges', 'restore'])
    expect(resolve(all, { schemaType: 'category' })).toEqual(all)
    // Citations keep every action and add "Check now" and "Fill from DOI, PMID or URL" last.
    expect(resolve(all, { schemaType: 'citation' }).slice(0, all.length)).toEqual(all)
    expect(
      resolve(all, { schemaType: 'citation' })
        .slice(-2)
        .map((a) => a.name),
    ).toEqual(['CheckSourceNowAction', 'LookupAction'])

    const templates = ['post', 'citation', 'siteSettings'].map((type) => ({ id: type, schemaType: type }) as Template)
    const resolveTemplates = config.schema?.templates as (prev: Template[], context: unknown) => Template[]
    expect(resolveTemplates(templates, {}).map((t) => t.schemaType)).toEqual(['post', 'citation'])
  })

  test('posts offer "Mark reviewed today" first (the primary button when a review is due), and an overdue badge', async () => {
    const config = await loadConfig({})
    const { MarkReviewedAction } = await import('@/sanity/review/MarkReviewedAction')
    const { ReviewBadge } = await import('@/sanity/review/ReviewBadge')
    const { CitationRetractionBadge, PostRetractionBadge } = await import('@/sanity/references/RetractionBadge')
    const action = (name: string) => Object.assign((() => null) as unknown as DocumentActionComponent, { action: name })
    const all = ['publish', 'unpublish', 'delete'].map(action)
    const resolve = config.document?.actions as (
      prev: DocumentActionComponent[],
      context: Partial<DocumentActionsContext>,
    ) => DocumentActionComponent[]
    expect(resolve(all, { schemaType: 'post' })).toEqual([MarkReviewedAction, ...all])
    const badges = config.document?.badges as (prev: unknown[], context: { schemaType: string }) => unknown[]
    expect(badges([], { schemaType: 'post' })).toEqual([ReviewBadge, PostRetractionBadge])
    expect(badges([], { schemaType: 'citation' })).toEqual([CitationRetractionBadge])
    expect(badges([], { schemaType: 'author' })).toEqual([])
  })
})

describe("the editor's top bar", () => {
  // The workspace as the Studio resolves it for a signed-in user (plugins, then the config's reducers).
  async function workspaceFor(role: string) {
    const config = await loadConfig({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123xy' })
    const currentUser: CurrentUser = { id: 'p1', name: 'Ed Itor', email: 'ed@example.com', role, roles: [{ name: role, title: role }] }
    // Resolving a workspace reads the config only; this client is never asked anything.
    const client = createClient({ projectId: 'abc123xy', dataset: 'production', apiVersion: '2025-06-01', useCdn: false })
    return createWorkspaceFromConfig({ ...config, currentUser, getClient: () => client } as Parameters<typeof createWorkspaceFromConfig>[0])
  }

  test('an editor gets Structure and Presentation, not Vision', async () => {
    const workspace = await workspaceFor('editor')
    expect(workspace.tools.map((tool) => tool.name)).toEqual(['structure', 'presentation'])
  })

  test('an administrator also gets Vision', async () => {
    const workspace = await workspaceFor('administrator')
    expect(workspace.tools.map((tool) => tool.name)).toEqual(['structure', 'vision', 'presentation'])
  })

  test('releases and scheduling are off: the perspective menu offers Drafts and Published only', async () => {
    const workspace = await workspaceFor('editor')
    expect(workspace.releases?.enabled).toBe(false)
    expect(workspace.scheduledDrafts?.enabled).toBe(false)
    expect(workspace.scheduledPublishing.enabled).toBe(false)
  })
})
