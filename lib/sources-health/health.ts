import { z } from 'zod'
import type { Retraction } from '../references/retractions'

/**
 * What `npm run sources:check` records about one citation's source, and where: a companion
 * document per citation (`sourceHealth-<citationId>`), so the checker's daily writes never touch
 * the citation an editor works on (its history, its drafts, its "last edited by").
 *
 * The id uses a dash, not a dot: Sanity treats ids with a dot as a private path ("drafts.",
 * "foo.bar"), readable only with a token, and the public site must be able to join these.
 */

export const SOURCE_HEALTH_TYPE = 'sourceHealth'
const ID_PREFIX = 'sourceHealth-'

export const SOURCE_STATUSES = ['ok', 'redirected', 'text-not-found', 'blocked', 'failing', 'broken', 'refused'] as const
export type SourceStatus = (typeof SOURCE_STATUSES)[number]

/** Why a check failed, in words an editor can act on. */
export const PROBLEMS = [
  'not-found',
  'gone',
  'server-error',
  'dns',
  'tls',
  'timeout',
  'connection',
  'redirect-loop',
  'too-many-redirects',
  'bad-redirect',
  'invalid-url',
  'private-address',
  'access-denied',
  'rate-limited',
  'http-error',
] as const
export type Problem = (typeof PROBLEMS)[number]

export const healthDocumentId = (citationId: string) => `${ID_PREFIX}${citationId.replace(/^drafts\./, '')}`
export const citationIdOfHealthDocument = (id: string) => (id.startsWith(ID_PREFIX) ? id.slice(ID_PREFIX.length) : undefined)

export const sourceHealthSchema = z.object({
  /** The address that was checked; a different address on the citation means the editor changed it. */
  url: z.string(),
  status: z.enum(SOURCE_STATUSES),
  httpStatus: z.number().int().nullable(),
  finalUrl: z.string().nullable(),
  /** Set when the address redirected: to the same host (http→https, a new path) or another one. */
  redirect: z.enum(['same-host', 'other-host']).nullable(),
  problem: z.enum(PROBLEMS).nullable(),
  /** Whether the `#:~:text=` passage is still on the page; null without one (or on a page that could not be read as text). */
  textFound: z.boolean().nullable(),
  archivedUrl: z.string().nullable(),
  /** When the archived snapshot was taken (ISO). */
  archivedAt: z.string().nullable(),
  checkedAt: z.string(),
  /** Failed checks in a row, and when the first of them ran. */
  failures: z.number().int().min(0),
  firstFailedAt: z.string().nullable(),
})
export type SourceHealth = z.output<typeof sourceHealthSchema>

/** Stored results are read leniently: anything malformed counts as "never checked". */
export const storedHealthSchema = sourceHealthSchema.partial().passthrough().nullish().catch(null)

export interface SourceHealthDocument extends SourceHealth {
  _id: string
  _type: typeof SOURCE_HEALTH_TYPE
  /** Weak, so deleting a citation is never blocked by its health record. */
  citation: { _type: 'reference'; _ref: string; _weak: true }
  /** A retraction, correction or expression of concern of the cited work; absent when there is none. */
  retraction?: Retraction
}

/** The companion document for a citation, fields in a fixed order (the demo dataset is compared byte for byte). */
export function healthDocument(citationId: string, health: SourceHealth, retraction?: Retraction | null): SourceHealthDocument {
  const publishedId = citationId.replace(/^drafts\./, '')
  return {
    _id: healthDocumentId(publishedId),
    _type: SOURCE_HEALTH_TYPE,
    citation: { _type: 'reference', _ref: publishedId, _weak: true },
    url: health.url,
    status: health.status,
    httpStatus: health.httpStatus,
    finalUrl: health.finalUrl,
    redirect: health.redirect,
    problem: health.problem,
    textFound: health.textFound,
    archivedUrl: health.archivedUrl,
    archivedAt: health.archivedAt,
    checkedAt: health.checkedAt,
    failures: health.failures,
    firstFailedAt: health.firstFailedAt,
    ...(retraction ? { retraction } : {}),
  }
}

/** Fields a reader's page depends on; a check that changes none of them needs no revalidation. */
export const READER_VISIBLE_FIELDS = ['status', 'archivedUrl', 'archivedAt'] as const
