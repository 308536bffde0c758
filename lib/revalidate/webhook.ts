import { defineQuery } from 'groq'
import { z } from 'zod'
import { tags } from '../queries/tags'
import { isPublishedId } from '@sanity/client/csm'
import type { REFERRERS_QUERY_RESULT, REVISION_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from '../queries/contract'
import { SOURCE_HEALTH_TYPE, citationIdOfHealthDocument } from '../sources-health/health'

/**
 * What a Sanity webhook tells us about one changed document, and which cache tags that change
 * touches. Pure: the references lookup is done by the caller and passed in.
 *
 * The webhook's projection (see docs/editor-workflow.md) is
 * `{_id, _type, "rev": after()._rev, "slug": slug.current, "previousSlug": before().slug.current}`;
 * `rev` (the revision the change created, null for a delete) lets the route wait until the
 * change is readable. A webhook set up before it was documented sends none.
 */
export const webhookPayloadSchema = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  rev: z.string().min(1).nullish(),
  slug: z.string().min(1).nullish(),
  previousSlug: z.string().min(1).nullish(),
})
export type WebhookPayload = z.output<typeof webhookPayloadSchema>

/** Types whose public pages depend on the posts that reference them. */
export const REFERENCED_BY_POSTS = new Set(['citation', 'disclaimer', 'author', SOURCE_HEALTH_TYPE])

/**
 * The document whose referrers a change affects: itself, except a citation's health record
 * (`sourceHealth-<citation id>`), which no post references — the posts citing its citation do.
 */
export function referrersLookupId(payload: Pick<WebhookPayload, '_id' | '_type'>): string | undefined {
  if (payload._type === SOURCE_HEALTH_TYPE) return citationIdOfHealthDocument(payload._id)
  return REFERENCED_BY_POSTS.has(payload._type) ? payload._id : undefined
}

/**
 * The published posts that reference a document (for an author: the posts they wrote or
 * reviewed), and whether it is the site's default disclaimer.
 * `references()` still matches after the document is deleted (its referrers keep the id), so
 * this also works for a delete webhook.
 */
export const REFERRERS_QUERY = defineQuery(`{
  "postSlugs": *[_type == "post" && defined(slug.current) && references($id)].slug.current,
  "isSiteDefault": *[_type == "siteSettings" && _id == "siteSettings"][0].defaultDisclaimer._ref == $id
}`)

/** A published document's current revision, to see whether a change is readable yet. */
export const REVISION_QUERY = defineQuery(`*[_id == $id][0]._rev`)
export const revisionSchema = z.string().nullable()
type _RevisionChecked = Assert<Fits<REVISION_QUERY_RESULT, typeof revisionSchema>>

export const referrersSchema = z.object({
  postSlugs: z
    .array(z.string().nullable())
    .nullish()
    .transform((slugs) => (slugs ?? []).filter((slug): slug is string => !!slug)),
  isSiteDefault: z
    .boolean()
    .nullish()
    .transform((value) => value === true),
})
export type Referrers = z.output<typeof referrersSchema>
type _Checked = Assert<Fits<REFERRERS_QUERY_RESULT, typeof referrersSchema>>

/** Drafts and release versions never reach public pages (draft mode skips the cache), so their edits touch nothing cached. */
export const isUnpublishedId = (id: string) => !isPublishedId(id)

const slugsOf = (payload: WebhookPayload) => [...new Set([payload.slug, payload.previousSlug].filter((slug): slug is string => !!slug))]

/**
 * The cache tags a change touches, in a stable order without duplicates. Every page carries
 * `site`, and every page that shows other posts (lists, and post pages with related posts and
 * neighbours) carries `post-list`.
 */
export function tagsForChange(payload: WebhookPayload, referrers: Referrers = { postSlugs: [], isSiteDefault: false }): string[] {
  if (isUnpublishedId(payload._id)) return []
  const out: string[] = []
  const postTags = (slugs: string[]) => slugs.map((slug) => tags.post(slug))
  switch (payload._type) {
    case 'post':
      out.push(...postTags(slugsOf(payload)), tags.postList)
      break
    case 'category':
      out.push(...slugsOf(payload).map((slug) => tags.category(slug)), tags.postList)
      break
    case 'author':
      // Every post they wrote or reviewed (bylines, review lines, JSON-LD), their own page under
      // its old and new address, the /authors index, and the lists whose cards carry bylines.
      out.push(...postTags(referrers.postSlugs), ...slugsOf(payload).map((slug) => tags.author(slug)), tags.authors, tags.postList)
      break
    case 'citation':
    case SOURCE_HEALTH_TYPE:
      out.push(...postTags(referrers.postSlugs))
      break
    case 'disclaimer':
      out.push(...postTags(referrers.postSlugs))
      if (referrers.isSiteDefault) out.push(tags.site)
      break
    case 'siteSettings':
      out.push(tags.site)
      break
    case 'page':
      // The page under its old and new address, and every page whose footer or policy links name it.
      out.push(...slugsOf(payload).map((slug) => tags.page(slug)), tags.pages)
      break
    default:
      // Asset documents and unknown types: no page is cached under them.
      break
  }
  return [...new Set(out)]
}
