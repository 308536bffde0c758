import { createSchema, validateDocument, type SanityClient, type SanityDocument, type ValidationMarker, type Workspace } from 'sanity'
import { schemaTypes } from './schemaTypes'

/**
 * Runs Sanity's own document validation (the same rules the Studio shows editors) outside the
 * Studio: in tests and in the content-check script. The caller supplies the client the custom
 * GROQ checks run against (slug uniqueness, duplicate citation URLs) and how to tell whether a
 * referenced document exists.
 */

export const studioSchema = createSchema({ name: 'default', types: schemaTypes })

/** Anything with the parts of `@sanity/client` the validators use: `withConfig` and `fetch`. */
export type ValidationClient = Pick<SanityClient, 'fetch' | 'withConfig'> | { fetch: unknown; withConfig: unknown }

export type ValidationOptions = {
  getClient: () => ValidationClient
  getDocumentExists: (options: { id: string }) => Promise<boolean>
}

export async function validateStudioDocument(document: SanityDocument, options: ValidationOptions): Promise<ValidationMarker[]> {
  return validateDocument({
    document,
    // validateDocument reads only `schema`, `i18n` (falls back to English) and `getClient` from a workspace.
    workspace: { schema: studioSchema, getClient: options.getClient } as unknown as Workspace,
    getClient: options.getClient as unknown as () => SanityClient,
    getDocumentExists: options.getDocumentExists,
    // 'studio' checks exactly what editors see. In 'cli' mode Sanity adds an unknown-field check to
    // each object field with `.warning()`, which also demotes that field's errors (slug uniqueness,
    // required) to warnings.
    environment: 'studio',
  })
}
