import { SIGNATURE_HEADER_NAME, decodeSignatureHeader, isValidSignature } from '@sanity/webhook'
import { z } from 'zod'
import { SOURCE_HEALTH_TYPE, citationIdOfHealthDocument } from './health'

/**
 * `POST /api/sources/check`: the Studio's "Check now". The action stamps `checkRequestedAt` on
 * the citation's health document; a Sanity webhook on that change (see docs/sources-health.md)
 * calls this route, signed with SANITY_REVALIDATE_SECRET. Only a valid, fresh signature runs a
 * check, so nobody outside can make the site fetch addresses on their behalf.
 */

export const NETWORK_UNAVAILABLE = 'network-unavailable'

const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000

const payloadSchema = z.object({ _id: z.string().min(1), _type: z.literal(SOURCE_HEALTH_TYPE) })

export interface CheckNowOptions {
  secret: string | undefined
  /**
   * Checks one citation and stores the result; the status it recorded, null when there is no
   * such published citation, or NETWORK_UNAVAILABLE when the server could not reach the network
   * (nothing stored).
   */
  checkCitation: (citationId: string) => Promise<string | null>
  now?: () => number
}

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

export function createCheckNowHandler(options: CheckNowOptions) {
  const now = options.now ?? Date.now
  return async function POST(request: Request): Promise<Response> {
    if (!options.secret) return text(503, '"Check now" is not set up on this server (SANITY_REVALIDATE_SECRET is missing).')
    const signature = request.headers.get(SIGNATURE_HEADER_NAME)
    if (!signature) return text(401, `Missing ${SIGNATURE_HEADER_NAME} header`)
    const raw = await request.text()
    if (!(await isValidSignature(raw, signature, options.secret.trim()))) return text(401, 'Invalid signature')
    if (Math.abs(now() - decodeSignatureHeader(signature).timestamp) > SIGNATURE_TOLERANCE_MS)
      return text(401, 'Signature timestamp is outside the allowed window')
    let body: unknown
    try {
      body = JSON.parse(raw)
    } catch {
      return text(400, 'Body is not valid JSON')
    }
    const payload = payloadSchema.safeParse(body)
    const citationId = payload.success ? citationIdOfHealthDocument(payload.data._id) : undefined
    if (!citationId) return text(400, `Body must be {_id: "sourceHealth-<citation id>", _type: "${SOURCE_HEALTH_TYPE}"}`)
    const status = await options.checkCitation(citationId)
    if (status === null) return text(404, `No published citation ${citationId}`)
    if (status === NETWORK_UNAVAILABLE)
      return text(503, 'This server could not reach the network (neither the source nor the archive answered); nothing was recorded.')
    return Response.json({ citationId, status })
  }
}
