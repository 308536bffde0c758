import type { ValidationContext, ValidationError } from 'sanity'
import { numberCitations } from '../../lib/content/citations'
import { sourceKind, type Classifiable } from '../../lib/references/source-kinds'
import { apiVersion } from '../env'

/**
 * The post form's works-cited warnings: sources listed but never cited in the body (readers see
 * them under "Further reading"), and — when Site settings ask for it — sources on commercial
 * sites. Warnings, not errors: the editor decides.
 */

type Ref = { _ref?: string }
type MarkDef = { _type: string; _key: string; citation?: Ref }
type BodyBlock = { _type: string; _key?: string; markDefs?: MarkDef[]; children?: Array<{ text?: string; marks?: string[] }> }
type PostDraft = { body?: BodyBlock[] }

/** Identifies a marker in a body: markDef keys are unique within their block only. */
export const markerId = (blockKey: string, markKey: string) => `${blockKey}/${markKey}`

/**
 * The [n] each citation marker shows in the editor, by `markerId`: the number readers see, from
 * the site's own reading-order rule (numberCitations). `null`: no source picked yet, or a source
 * that is not in Works cited (and so has no number).
 */
export function citationMarkerNumbers(worksCited: Ref[] | undefined, body: BodyBlock[] | undefined): Map<string, number | null> {
  const { body: numbered } = numberCitations(
    refIds(worksCited).map((_id) => ({ _id })),
    (body ?? []).filter((block) => typeof block?._type === 'string'),
  )
  const numbers = new Map<string, number | null>()
  for (const block of numbered) {
    for (const def of block.markDefs ?? []) {
      if (def._type === 'citationRef' && block._key)
        numbers.set(markerId(block._key, def._key), (def as { number?: number | null }).number ?? null)
    }
  }
  return numbers
}

/**
 * A citation marker with no source picked (the editor added one and left without choosing): an
 * error on its paragraph, naming the marked words. On the paragraph rather than the marker's own
 * field so the "Edit Citation" popover does not open in red before the editor has picked.
 */
export function checkEmptyCitationMarkers(block: unknown): true | ValidationError[] {
  const { markDefs, children } = (block ?? {}) as BodyBlock
  const empty = (markDefs ?? []).filter((def) => def._type === 'citationRef' && !def.citation?._ref)
  if (empty.length === 0) return true
  return empty.map((def) => {
    const words = (children ?? [])
      .filter((span) => span.marks?.includes(def._key))
      .map((span) => span.text ?? '')
      .join('')
      .trim()
    const where = words ? `on “${words.length > 60 ? `${words.slice(0, 59)}…` : words}”` : 'in this paragraph'
    return { message: `The citation marker ${where} has no source. Click it and pick an entry from Works cited, or remove the marker.` }
  })
}

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
