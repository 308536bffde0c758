import { pathToString, type SanityDocument as StudioDocument } from 'sanity'
import { createGroqClient, documentExistsIn } from '../../lib/validation/groq-client'
import type { SanityDocument } from '../../lib/source/dataset-file'
import { validateStudioDocument } from '../../sanity/validation'
import type { Problem } from './problems'
import { isPublishedId } from '@sanity/client/csm'

/** Documents the Studio never shows an editor: asset records and Sanity's own system documents. */
const isContentDocument = (doc: SanityDocument) =>
  !doc._type.startsWith('sanity.') && !doc._type.startsWith('system.') && !doc._id.startsWith('_.')

/**
 * The Studio's own validation rules (Sanity's `validateDocument` with our schema), with the
 * custom GROQ checks answered by groq-js over the whole dataset. A draft is work in progress,
 * so its problems are warnings: they block publishing in the Studio, not the import.
 */
export async function checkStudioRules(documents: SanityDocument[]): Promise<Problem[]> {
  const client = createGroqClient(documents)
  const getDocumentExists = documentExistsIn(documents)
  const problems: Problem[] = []
  for (const doc of documents.filter(isContentDocument)) {
    const markers = await validateStudioDocument(doc as unknown as StudioDocument, { getClient: () => client, getDocumentExists })
    const isDraft = !isPublishedId(doc._id)
    for (const marker of markers) {
      if (marker.level === 'info') continue
      problems.push({
        level: marker.level === 'error' && !isDraft ? 'error' : 'warning',
        id: doc._id,
        path: pathToString(marker.path),
        message: marker.message,
      })
    }
  }
  return problems
}
