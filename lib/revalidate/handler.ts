import { setTimeout as sleep } from 'node:timers/promises'
import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { parseBody } from 'next-sanity/webhook'
import type { NextRequest } from 'next/server'
import { memorySeenSignatures, type SeenSignatures } from './seen-signatures'
import { isUnpublishedId, referrersLookupId, tagsForChange, webhookPayloadSchema, type Referrers } from './webhook'

/** A signed request older (or newer) than this is refused, so a captured request cannot be replayed later. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000

export interface RevalidateHandlerOptions {
  /** SANITY_REVALIDATE_SECRET; undefined means the site is misconfigured. */
  secret: string | undefined
  /** Marks one cache tag for immediate expiry (Next's `revalidateTag`). */
  revalidate: (tag: string) => void
  /**
   * Purges the same tags at the CDN in front (lib/cdn), once the expiry has taken effect: the
   * route runs it after the response, when Next has applied the `revalidateTag` calls (it applies
   * them as the handler returns, not as they are made). Absent without a CDN.
   */
  purgeCdn?: (tags: string[]) => void
  /** The posts that reference a document and whether it is the site default disclaimer. */
  findReferrers: (id: string) => Promise<Referrers>
  /**
   * The revision of a published document as the site's own reads see it (`null` when there is
   * none). Given, the route waits until the change the webhook announces is readable before it
   * expires anything, instead of next-sanity's fixed 3 s; absent (the local dataset, read from
   * disk), there is nothing to wait for.
   */
  readRevision?: (id: string) => Promise<string | null>
  /** Signatures already accepted, to refuse replays; default: this instance's memory. */
  seen?: SeenSignatures
  now?: () => number
  log?: Pick<Console, 'error' | 'info'>
}

/**
 * The longest wait for the Content Lake to show a change (next-sanity's fixed wait): past it the
 * route revalidates anyway. A webhook configured without `rev` (see docs/editor-workflow.md) for a
 * document that still exists always waits this long, as it did before.
 */
export const CONSISTENCY_TIMEOUT_MS = 3000
const CONSISTENCY_POLL_MS = 50

/**
 * Resolves once the site's reads show revision `rev` of document `id` (`null`: the document is
 * gone), or after CONSISTENCY_TIMEOUT_MS; `true` when the change was seen.
 */
async function waitUntilReadable(readRevision: (id: string) => Promise<string | null>, id: string, rev: string | null): Promise<boolean> {
  const deadline = Date.now() + CONSISTENCY_TIMEOUT_MS
  for (;;) {
    // A read that fails (the lake unreachable) is a change not yet seen: the route still
    // revalidates at the deadline, as it did after next-sanity's fixed wait.
    const seen = await readRevision(id).then(
      (current) => current === rev,
      () => false,
    )
    if (seen) return true
    if (Date.now() + CONSISTENCY_POLL_MS > deadline) return false
    await sleep(CONSISTENCY_POLL_MS)
  }
}

/** The webhook's projection is a few hundred bytes; anything near this is not from Sanity. */
export const MAX_BODY_BYTES = 64 * 1024

/** The body as UTF-8 text, read no further than MAX_BODY_BYTES whatever Content-Length claims. */
async function readBody(request: Request): Promise<{ kind: 'text'; text: string } | { kind: 'too-large' } | { kind: 'not-utf8' }> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return { kind: 'too-large' }
  const chunks: Uint8Array[] = []
  let size = 0
  if (request.body) {
    const reader = request.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > MAX_BODY_BYTES) {
        await reader.cancel()
        return { kind: 'too-large' }
      }
      chunks.push(value)
    }
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) }
  } catch {
    return { kind: 'not-utf8' }
  }
}

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * `POST /api/revalidate`: a GROQ-powered Sanity webhook, verified with next-sanity's `parseBody`
 * (HMAC signature with the shared secret) plus a timestamp check `parseBody` does not make.
 * Nothing is revalidated unless the signature is valid, fresh, and the body is a change we understand.
 */
export function createRevalidateHandler(options: RevalidateHandlerOptions) {
  const now = options.now ?? Date.now
  const log = options.log ?? console
  const seen = options.seen ?? memorySeenSignatures({ now })

  return async function POST(request: Request): Promise<Response> {
    if (!options.secret) {
      log.error('[revalidate] SANITY_REVALIDATE_SECRET is not set: refusing webhook. Set it to the secret of the Sanity webhook.')
      return text(500, 'Webhook secret is not configured on the server (SANITY_REVALIDATE_SECRET).')
    }
    const signature = request.headers.get(SIGNATURE_HEADER_NAME)
    if (!signature) return text(401, `Missing ${SIGNATURE_HEADER_NAME} header`)

    // Read the body once so a malformed one can still be told apart from a forged one.
    const received = await readBody(request)
    if (received.kind === 'too-large') return text(413, `Body is larger than ${MAX_BODY_BYTES} bytes; the webhook sends a small projection`)
    if (received.kind === 'not-utf8') return text(400, 'Body is not UTF-8 text')
    const raw = received.text
    const replay = new Request(request.url, { method: 'POST', headers: request.headers, body: raw }) as unknown as NextRequest
    let body: unknown
    let valid: boolean | null
    try {
      // No fixed wait here: the route waits below, for this change only, once it is known to be genuine.
      ;({ body, isValidSignature: valid } = await parseBody(replay, options.secret, false))
    } catch {
      // parseBody's JSON.parse failed; only a correctly signed sender learns that the body was the problem.
      const signed = await isValidSignature(raw, signature, options.secret.trim())
      return signed ? text(400, 'Body is not valid JSON') : text(401, 'Invalid signature')
    }
    if (valid !== true) return text(401, 'Invalid signature')

    const { timestamp } = decodeSignatureHeader(signature)
    if (Math.abs(now() - timestamp) > SIGNATURE_TOLERANCE_MS) return text(401, 'Signature timestamp is outside the allowed window')
    // Each signed delivery counts once: after its window the timestamp check above refuses it anyway.
    if (!(await seen.firstUse(signature, timestamp + SIGNATURE_TOLERANCE_MS))) {
      return text(409, 'This webhook delivery was already processed (same signature); a replay changes nothing')
    }

    const payload = webhookPayloadSchema.safeParse(body)
    if (!payload.success) {
      return text(
        400,
        `Body must be the webhook projection {_id, _type, slug, previousSlug}: ${payload.error.issues[0]?.message ?? 'invalid'}`,
      )
    }
    const change = payload.data
    const lookupId = isUnpublishedId(change._id) ? undefined : referrersLookupId(change)
    let referrers: Referrers | undefined
    try {
      // Pages rendered, and referrers looked up, before the Content Lake shows the change would be stale.
      if (options.readRevision && !isUnpublishedId(change._id)) {
        const readable = await waitUntilReadable(options.readRevision, change._id, change.rev ?? null)
        if (!readable)
          log.info(
            `[revalidate] ${change._id}: revision ${change.rev ?? '(deleted)'} not readable after ${CONSISTENCY_TIMEOUT_MS} ms; revalidating anyway`,
          )
      }
      referrers = lookupId ? await options.findReferrers(lookupId) : undefined
    } catch (error) {
      await seen.release(signature) // nothing was revalidated: Sanity's retry must be processed
      throw error
    }
    const tags = tagsForChange(change, referrers)
    for (const tag of tags) options.revalidate(tag)
    if (tags.length > 0) options.purgeCdn?.(tags)
    log.info(`[revalidate] ${change._type} ${change._id}: ${tags.length ? tags.join(', ') : 'nothing cached depends on it'}`)
    return Response.json({ revalidated: tags, id: change._id, type: change._type })
  }
}
