import type { ValidationContext } from 'sanity'
import { numberCitations } from '../../lib/content/citations'
import { sourceKind, type Classifiable } from '../../lib/references/source-kinds'
import { apiVersion } from '../env'

/**
 * The post form's works-cited warnings: sources listed but never cited in the body (readers see
 * them under "Further reading"), and — when Site settings ask for it — sources on commercial
 * sites. Warnings, not errors: the editor decides.
 */

type Ref = { _ref?: string }
type PostDraft = { body?: Array<{ _type: string; markDefs?: Array<{ _type: string; _key: string }> }> }

const named = (titles: string[]) => titles.map((title) => `“${title}”`).join(', ')

async function citationsById(context: ValidationContext, ids: string[]) {
  const found = await context
    .getClient({ apiVersion })
    .fetch<Array<Classifiable & { _id: string; title?: string }>>(
      '*[_type == "citation" && _id in $ids]{_id, title, type, url, sourceKind}',
      {
        ids,
      },
    )
  return new Map(found.map((citation) => [citation._id, citation]))
}

const refIds = (value: Ref[] | undefined) => [...new Set((value ?? []).map((ref) => ref._ref).filter((id): id is string => !!id))]

export async function checkUncitedSources(value: Ref[] | undefined, context: ValidationContext): Promise<true | string> {
  const ids = refIds(value)
  if (ids.length === 0) return true
  const body = (context.document as PostDraft | undefined)?.body ?? []
  const { citations } = numberCitations(
    ids.map((_id) => ({ _id })),
    body,
  )
  const uncited = citations.filter((entry) => !entry.cited).map((entry) => entry.citation._id)
  if (uncited.length === 0) return true
  const byId = await citationsById(context, uncited)
  const titles = uncited.map((id) => byId.get(id)?.title ?? id)
  return `Not cited in the text, so shown under "Further reading": ${named(titles)}. Cite ${uncited.length === 1 ? 'it' : 'them'} where the post relies on ${uncited.length === 1 ? 'it' : 'them'}, or remove ${uncited.length === 1 ? 'it' : 'them'}.`
}

export async function checkCommercialSources(value: Ref[] | undefined, context: ValidationContext): Promise<true | string> {
  const ids = refIds(value)
  if (ids.length === 0) return true
  const warn = await context
    .getClient({ apiVersion })
    .fetch<boolean | null>('*[_type == "siteSettings" && _id == "siteSettings"][0].warnOnCommercialSources')
  if (warn !== true) return true
  const byId = await citationsById(context, ids)
  const commercial = ids.flatMap((id) => {
    const citation = byId.get(id)
    return citation && sourceKind(citation) === 'commercial' ? [citation.title ?? id] : []
  })
  return commercial.length === 0
    ? true
    : `Commercial ${commercial.length === 1 ? 'source' : 'sources'} (Site settings ask to flag them): ${named(commercial)}. Prefer a study, an agency or a health system where one says the same.`
}
