import { loadDatasetFile, type SanityDocument } from '../../lib/source/dataset-file'
import { DEMO_DATASET_PATH } from '../../lib/source/local'
import type { Problem } from './problems'

/**
 * The demo's authors and reviewers are invented, credentials included. Published without the
 * demo banner (`siteSettings.isDemo` off, or no settings), a reader would take "Amara Nwosu, MD"
 * for a real medical reviewer. The bundled demo dataset is the one list of those people.
 */
export async function checkDemoPeople(documents: SanityDocument[]): Promise<Problem[]> {
  const settings = documents.find((doc) => doc._id === 'siteSettings')
  if (settings?.isDemo === true) return []
  const demoPeople = (await loadDatasetFile(DEMO_DATASET_PATH)).documents.filter((doc) => doc._type === 'author')
  const ids = new Set(demoPeople.map((doc) => doc._id))
  const names = new Set(demoPeople.map((doc) => doc.name))
  return documents
    .filter((doc) => doc._type === 'author' && (ids.has(doc._id.replace(/^drafts\./, '')) || names.has(doc.name)))
    .map((doc) => ({
      level: 'warning',
      id: doc._id,
      path: '(document)',
      message:
        `${[doc.name, doc.credentials].filter(Boolean).join(', ')} is one of the demo's fictional people, and the demo banner is off ` +
        '(siteSettings.isDemo): replace them and their posts before publishing, or turn "Demo content" on so every page says so',
    }))
}
