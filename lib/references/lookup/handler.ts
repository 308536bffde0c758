import { z } from 'zod'
import { createLakeClient } from '../../source/client'
import { LookupError, type LookupResult } from './index'

/**
 * `POST /api/references/lookup` `{"input": "<DOI, PMID, PMCID or address>"}` → `{input, fields}`:
 * the Studio's paste-to-fill. Identifiers and addresses alike come here, so the browser needs no
 * CORS grant from Crossref or NCBI and every lookup shares one user agent, one timeout policy and
 * the address vetting a page fetch needs.
 *
 * Not an open proxy: the caller must be a signed-in Studio user of this project. Their own session
 * token (the Studio client's bearer token) is checked against the Content Lake's `GET /users/me`
 * on the project: an unknown token answers `{}` (401 here), a user of another project has no roles
 * in this one (403). No shared secret ever reaches the browser.
 */

export interface LookupHandlerOptions {
  /** Unset: no Studio, no users to verify; the route answers 503. */
  project: { projectId: string; dataset: string; apiVersion: string; apiHost: string } | null
  lookup: (input: string) => Promise<LookupResult>
}

const MAX_BODY_BYTES = 4096
const USER_CHECK_TIMEOUT_MS = 5_000

const bodySchema = z.object({ input: z.string().trim().min(1).max(2048) })
const userSchema = z.object({ id: z.string().min(1), roles: z.array(z.object({ name: z.string() })).default([]) })

const problem = (status: number, error: string, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { 'cache-control': 'no-store', ...headers } })

type Verdict = { ok: true } | { ok: false; status: 401 | 403 | 503; error: string }

async function verifyUser(token: string, project: NonNullable<LookupHandlerOptions['project']>): Promise<Verdict> {
  const client = createLakeClient({ ...project, token, timeout: USER_CHECK_TIMEOUT_MS })
  let answer: unknown
  try {
    answer = await client.request({ uri: '/users/me' })
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode
    if (status === 401 || status === 403) return { ok: false, status: 401, error: 'Your Studio session is not valid; sign in again.' }
    return { ok: false, status: 503, error: 'Could not verify your Studio session with the Content Lake; try again shortly.' }
  }
  const user = userSchema.safeParse(answer)
  if (!user.success) return { ok: false, status: 401, error: 'Your Studio session is not valid; sign in again.' }
  if (user.data.roles.length === 0) return { ok: false, status: 403, error: 'You are not a member of this project.' }
  return { ok: true }
}

async function readBody(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return null
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export function createLookupHandler(options: LookupHandlerOptions) {
  return async function POST(request: Request): Promise<Response> {
    if (!options.project)
      return problem(503, 'Reference lookup needs a Sanity project (NEXT_PUBLIC_SANITY_PROJECT_ID); this site serves a local dataset.')
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1]
    if (!token)
      return problem(401, 'Sign in to the Studio: reference lookup is for this project’s editors.', { 'www-authenticate': 'Bearer' })
    const verdict = await verifyUser(token, options.project)
    if (!verdict.ok) return problem(verdict.status, verdict.error)
    const raw = await readBody(request)
    if (raw === null) return problem(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`)
    let json: unknown
    try {
      json = JSON.parse(raw)
    } catch {
      return problem(400, 'The body must be JSON: {"input": "<DOI, PMID, PMCID or address>"}.')
    }
    const body = bodySchema.safeParse(json)
    if (!body.success) return problem(400, 'The body must be {"input": "<DOI, PMID, PMCID or address>"}, at most 2,048 characters.')
    try {
      const result = await options.lookup(body.data.input)
      return Response.json(result, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (error instanceof LookupError) return problem(error.status, error.message)
      throw error
    }
  }
}
