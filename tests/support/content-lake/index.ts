import { createHash, randomBytes } from 'node:crypto'
import { Server, createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AddressInfo, Socket } from 'node:net'
import { evaluate, parse } from 'groq-js'
import { generate } from 'selfsigned'
import sharp from 'sharp'
import { loadDatasetFile, mimeTypeOf, type LoadedDataset, type SanityDocument } from '../../../lib/source/dataset-file'
import { DEMO_DATASET_PATH, createLocalSource, type LocalSource } from '../../../lib/source/local'
import { LakeError, createDocumentStore, eventsFor, type Listener } from './documents'
import { sourceMapFor } from './source-maps'
import { deliverWebhooks, type WebhookDelivery, type WebhookTarget } from './webhook'

/**
 * A stand-in for the hosted Content Lake, on loopback, speaking the HTTP API the real
 * `@sanity/client` and Studio speak (pointed at it with an API host, as any Content
 * Lake–compatible host would be). Its documents keep the Content Lake's semantics
 * (./documents.ts: revisions, transactions, drafts, listener events).
 *
 * - `GET|POST /v{version}/data/query/{dataset}`: GROQ run by groq-js (through the local
 *   source's indexed evaluation, so a build does not wait on it), `$param`s JSON-encoded
 *   in the query string (or `params` in a POST body), `perspective` (published, drafts,
 *   previewDrafts, raw, or a stack such as `drafts,published`), bearer tokens; answers
 *   `{result, ms, query}`, with Content Source Maps when asked (./source-maps.ts). Drafts, raw and a private dataset need a valid token (401
 *   otherwise), as on the real API.
 * - `POST /v{version}/data/mutate/{dataset}`: create, createOrReplace, createIfNotExists,
 *   patch (applied by Sanity's own patch engine, `@sanity/mutator`) and delete, in one
 *   transaction refused (409) if it would leave a strong reference dangling; needs a write token.
 * - `POST /v{version}/data/actions/{dataset}`: the Studio's document actions (edit, publish,
 *   create, discard, unpublish, delete, replaceDraft).
 * - `GET /v{version}/data/doc/{dataset}/{ids}`, `/data/history/...`, and the event streams
 *   `/data/listen/{dataset}` (mutation events) and `/data/live/events/{dataset}`.
 * - `POST /v{version}/assets/images/{dataset}` (uploads, dimensions read by sharp) and
 *   `GET /images/{project}/{dataset}/{file}` (the image, as the CDN serves it to the Studio).
 * - `GET /v{version}/users/me` (signed out, or one of `users`), `/auth/providers`, `/auth/id`,
 *   and the project, grants and UI-state endpoints a signed-in Studio asks, answered generically.
 *   Anything else is a 404 that names itself, logged in `unanswered`.
 * - After each transaction, the project's documented webhook (./webhook.ts) to `webhook`.
 *
 * With `tls` a second port speaks HTTPS with HTTP/2. Projects are addressed both ways the
 * client can: `<projectId>.<host>` (what the Studio does) or the host as-is with
 * `X-Sanity-Project-ID` (what the site does on a non-Sanity host). Faults for outage tests:
 * `setFault('error' | 'slow' | 'none')`, `stop()` / `start()`.
 */

export interface ContentLakeOptions {
  projectId?: string
  dataset?: string
  /** Documents in Content Lake shape; default: the demo dataset with its assets on cdn.sanity.io. */
  documents?: SanityDocument[]
  readTokens?: string[]
  writeTokens?: string[]
  /** A private dataset answers no query without a valid token. */
  private?: boolean
  /** Origins allowed to call with credentials (the Studio's site). */
  corsOrigins?: string[]
  /** Listen on this port (to come back where a build expects it); default: any free port. */
  port?: number
  /** The same for HTTPS (with `tls`). */
  securePort?: number
  /**
   * Signed-in users' session tokens. `GET /users/me` answers such a token with the user and their
   * roles in this project (an empty `roles` list for a user of another project), as the real API does;
   * a user with a role may read and write, as an Editor's session can.
   */
  users?: Array<{ token: string; id: string; name: string; roles: string[] }>
  /**
   * Also answer HTTPS with HTTP/2 on a second port (`securePort`, `secureApiHost`), under a certificate from a throwaway CA made for this run: a signed-in Studio opens more
   * listeners than a browser's six HTTP/1.1 connections per host allow.
   */
  tls?: boolean
  /** The site the documented webhooks go to (settable later with `setWebhook`). */
  webhook?: WebhookTarget
}

export type Fault = { kind: 'none' } | { kind: 'error' } | { kind: 'slow'; ms: number }

type Request = IncomingMessage | Http2ServerRequest
interface Response {
  readonly headersSent: boolean
  setHeader(name: string, value: string): unknown
  writeHead(status: number, headers?: Record<string, string>): unknown
  write(chunk: string | Buffer): unknown
  end(chunk?: string | Buffer): unknown
  on(event: 'close', listener: () => void): unknown
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: Buffer
}

/** A request the stand-in had no answer for: a Studio upgrade shows up here by name, not as a hang. */
export interface UnansweredRequest {
  method: string
  path: string
  status: number
  message: string
}

export type ContentLake = Awaited<ReturnType<typeof startContentLake>>

const API_PREFIX = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(\/.*)$/
/** Requests a signed-in Studio cannot work without: journeys fail when one of these goes unanswered. */
export const CORE_ENDPOINT = /^\/(v[^/]+\/(data|assets|users\/me|projects)|images)\//

/**
 * Turns a dataset as the site loads it (asset documents pointing at the site's `/media`) into
 * what the Content Lake holds: the same `image-<sha>-<w>x<h>-<ext>` ids, with `cdn.sanity.io` URLs.
 */
export function toContentLakeShape(dataset: LoadedDataset, projectId: string, datasetName: string): SanityDocument[] {
  return dataset.documents.map((doc) => {
    if (doc._type !== 'sanity.imageAsset' && doc._type !== 'sanity.fileAsset') return doc
    const kind = doc._type === 'sanity.imageAsset' ? 'images' : 'files'
    const file = String(doc.originalFilename)
    return {
      ...doc,
      path: `${kind}/${projectId}/${datasetName}/${file}`,
      url: `https://cdn.sanity.io/${kind}/${projectId}/${datasetName}/${file}`,
    }
  })
}

export async function loadDemoContentLake(projectId: string, dataset: string): Promise<SanityDocument[]> {
  return toContentLakeShape(await loadDatasetFile(DEMO_DATASET_PATH), projectId, dataset)
}

const unauthorized = (message: string) => new LakeError(401, { statusCode: 401, error: 'Unauthorized', message })
const notFound = (message: string) => new LakeError(404, { statusCode: 404, error: 'Not Found', message })

/** A throwaway CA and a certificate it signed for loopback names; nothing of it outlives the run. */
async function loopbackCertificate() {
  const ca = await generate([{ name: 'commonName', value: 'Cited stand-in CA (throwaway)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  })
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 7 * 24 * 3600_000),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 2, value: '*.localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  })
  return { ca: ca.cert, key: leaf.private, cert: leaf.cert }
}

/** Answers of the project, account and UI-state endpoints a signed-in Studio asks (optional ones, answered generically). */
function accountAnswer(method: string, rest: string, projectId: string, datasetName: string, body: Buffer): unknown {
  const project = {
    id: projectId,
    displayName: 'Cited (stand-in)',
    organizationId: null,
    isBlocked: false,
    isDisabled: false,
    metadata: { color: '#1b5e20', externalStudioHost: '' },
    members: [],
    features: [],
  }
  if (method === 'GET' && new RegExp(`^/projects/${projectId}$`).test(rest)) return project
  if (method === 'GET' && rest === `/projects/${projectId}/datasets`) return [{ name: datasetName, aclMode: 'private' }]
  if (method === 'GET' && rest === `/projects/${projectId}/datasets/${datasetName}/acl`)
    return [{ filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] }]
  // The navbar and the schema upload read the editor's project grants (shape: resource type →
  // grants); an editor may not deploy a Studio, so the Studio uploads no schema descriptor.
  if (method === 'GET' && rest === `/projects/${projectId}/grants`)
    return { 'sanity.project': [{ grants: [{ name: 'read', params: {} }], config: {} }] }
  if (method === 'GET' && /^\/projects\/[^/]+\/(user-applications|members|invitations)/.test(rest)) return []
  if (method === 'GET' && rest === '/datasets') return [{ name: datasetName }]
  if (method === 'GET' && rest === '/features') return []
  if (rest.startsWith('/users/me/keyvalue')) {
    if (method === 'GET') return []
    return JSON.parse(body.toString('utf8') || '[]') as unknown
  }
  // Who made an edit, for the document's avatars and history: `/users/<id>` or `/users/<id,id>`
  // (then an array), public profiles. Any author id gets one, named by its id.
  const users = /^\/users\/([^/]+)$/.exec(rest)
  if (method === 'GET' && users && users[1] !== 'me') {
    const ids = decodeURIComponent(users[1]!).split(',')
    const profiles = ids.map((id) => ({ id, displayName: id, imageUrl: null }))
    return ids.length > 1 ? profiles : profiles[0]
  }
  if (rest === '/intake/telemetry-status') return { status: 'denied' }
  if (rest.startsWith('/intake/')) return {}
  if (rest.startsWith('/journey/')) return null
  if (rest.startsWith('/help')) return {}
  if (rest.startsWith('/schedules/')) return { schedules: [] }
  if (rest === '/descriptors/claim') return { synchronization: { type: 'complete' } }
  if (rest === '/ping' || rest.startsWith('/data/ping/')) return { status: 'ok' }
  if (rest === '/check/cors') return { result: { allowed: true, withCredentials: true } }
  return undefined
}

export async function startContentLake(options: ContentLakeOptions = {}) {
  const projectId = options.projectId ?? 'citedtest'
  const datasetName = options.dataset ?? 'production'
  const readTokens = new Set(options.readTokens ?? [])
  const writeTokens = new Set(options.writeTokens ?? [])
  const corsOrigins = new Set(options.corsOrigins ?? [])
  /** Image bytes by file name: the demo's, then uploads (served at `/images/...` as the CDN would). */
  const imageFiles = new Map<string, Buffer>()
  let initial = options.documents
  if (!initial) {
    const demo = await loadDatasetFile(DEMO_DATASET_PATH)
    for (const [file, bytes] of demo.assetFiles) imageFiles.set(file, bytes)
    initial = toContentLakeShape(demo, projectId, datasetName)
  }
  const store = createDocumentStore(initial)
  const requests: RecordedRequest[] = []
  const unanswered: UnansweredRequest[] = []
  const webhookDeliveries: WebhookDelivery[] = []
  let webhook = options.webhook
  let fault: Fault = { kind: 'none' }
  const certificate = options.tls ? await loopbackCertificate() : undefined
  // Node reads extra CAs from a file (NODE_EXTRA_CA_CERTS), for the servers that call this one.
  const caFile = certificate && path.join(await mkdtemp(path.join(tmpdir(), 'content-lake-ca-')), 'ca.pem')
  if (caFile && certificate) await writeFile(caFile, certificate.ca)

  // The published and drafts views, indexed; rebuilt after every accepted transaction.
  let views: LocalSource | undefined
  const indexedViews = () => (views ??= createLocalSource({ documents: store.all(), assetFiles: new Map() }))
  // Webhooks leave in commit order, one transaction after the other, as the Content Lake's do.
  let webhookQueue = Promise.resolve()
  store.subscribe((transaction) => {
    views = undefined
    const target = webhook
    if (!target) return
    webhookQueue = webhookQueue
      .then(() => deliverWebhooks(transaction, target))
      .then(
        (deliveries) => void webhookDeliveries.push(...deliveries),
        (error: unknown) =>
          void webhookDeliveries.push({ webhook: 'revalidate', transactionId: transaction.id, body: String(error), status: 0 }),
      )
  })

  function userOf(req: Request) {
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
    return options.users?.find((candidate) => candidate.token === bearer)
  }

  function tokenOf(req: Request): 'read' | 'write' | undefined {
    const header = req.headers.authorization
    if (!header) return undefined
    const token = /^Bearer (.+)$/.exec(header)?.[1] ?? ''
    if (writeTokens.has(token)) return 'write'
    const user = userOf(req)
    if (user) return user.roles.length > 0 ? 'write' : 'read'
    if (readTokens.has(token)) return 'read'
    throw unauthorized('Session not found')
  }

  const identityOf = (req: Request) => userOf(req)?.id ?? 'token'

  function requireWrite(req: Request, permission: string) {
    if (tokenOf(req) !== 'write') throw unauthorized(`Insufficient permissions; permission "${permission}" required`)
  }

  async function query(apiVersion: string, req: Request, url: URL, body: Buffer) {
    const access = tokenOf(req)
    let groq = url.searchParams.get('query')
    const params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) {
      if (!key.startsWith('$')) continue
      try {
        params[key.slice(1)] = JSON.parse(value)
      } catch {
        throw new LakeError(400, {
          error: { description: `Unable to parse value of "${key}=${value}". Please quote string values.`, type: 'httpBadRequest' },
        })
      }
    }
    if (req.method === 'POST') {
      const posted = JSON.parse(body.toString('utf8') || '{}') as { query?: string; params?: Record<string, unknown> }
      groq = posted.query ?? groq
      Object.assign(params, posted.params)
    }
    if (!groq) throw new LakeError(400, { error: { description: 'Missing query', type: 'httpBadRequest' } })
    // API versions from 2025-02-19 read the published perspective by default; older ones raw. A
    // stack (`drafts,published`, or release ids before them) reads drafts over published.
    const perspective = url.searchParams.get('perspective') ?? (apiVersion >= '2025-02-19' ? 'published' : 'raw')
    const stack = perspective.split(',')
    const view = stack.includes('raw')
      ? 'raw'
      : stack.includes('drafts') || stack.includes('previewDrafts')
        ? 'drafts'
        : stack.includes('published')
          ? 'published'
          : undefined
    if (!view) throw new LakeError(400, { error: { description: `Invalid perspective "${perspective}"`, type: 'httpBadRequest' } })
    if (view !== 'published' && !access) throw unauthorized(`The "${perspective}" perspective requires a token with read access to drafts`)
    if (options.private && !access) throw unauthorized('Dataset is private: a token with read access is required')
    const started = performance.now()
    const evaluated = withTextQueryAsPattern(groq)
    let tree
    try {
      tree = parse(evaluated, { params })
    } catch (error) {
      throw new LakeError(400, { error: { description: (error as Error).message, type: 'queryParseError', query: groq } })
    }
    const result =
      view === 'raw'
        ? await (await evaluate(tree, { dataset: store.all(), params })).get()
        : await indexedViews().fetch({ query: evaluated, params, perspective: view })
    const answer: Record<string, unknown> = { result, ms: Math.round(performance.now() - started) }
    if (url.searchParams.get('returnQuery') !== 'false') answer.query = groq
    // `true`, or `withKeyArraySelector` (what Presentation asks): keyed paths either way.
    const sourceMap = url.searchParams.get('resultSourceMap')
    if (sourceMap && sourceMap !== 'false') answer.resultSourceMap = sourceMapFor(result, store.get)
    return answer
  }

  /**
   * The Studio's document lists and search filter with `<fields> match text::query($__query)`
   * (`$__query` the typed words, the last one as a prefix: `*` when nothing is typed). groq-js has
   * no search engine and throws "not implemented" for `text::query`, so the stand-in reads its
   * argument as a plain `match` pattern: the same words-and-prefix semantics on the fields named
   * (the Studio boosts title-like fields by name), though `@` (the whole document) contributes no
   * text here as it does in the real Lake.
   */
  function withTextQueryAsPattern(groq: string) {
    return groq.replace(/\btext::query\(([^()]*)\)/g, '($1)')
  }

  /** `GET /data/doc/<ids>`: documents by id, the drafts too for a signed-in reader. */
  function documentsById(req: Request, ids: string[]) {
    const access = tokenOf(req)
    const documents: SanityDocument[] = []
    const omitted: Array<{ id: string; reason: string }> = []
    for (const id of ids) {
      const doc = store.get(id)
      if (doc && (access || (!options.private && !id.includes('.')))) documents.push(doc)
      else omitted.push({ id, reason: doc ? 'permission' : 'existence' })
    }
    return { documents, omitted }
  }

  async function mutate(req: Request, url: URL, body: Buffer) {
    requireWrite(req, 'update')
    const { mutations, transactionId } = JSON.parse(body.toString('utf8')) as {
      mutations: Array<Record<string, Record<string, unknown>>>
      transactionId?: string
    }
    const { transaction, results } = await store.mutate(mutations, { transactionId, identity: identityOf(req) })
    const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
    return {
      transactionId: transaction.id,
      results: results.map((result) => (returnDocuments ? { ...result, document: store.get(result.id) } : result)),
    }
  }

  function actions(req: Request, body: Buffer) {
    requireWrite(req, 'update')
    const { actions: sent, transactionId } = JSON.parse(body.toString('utf8')) as {
      actions: Array<Record<string, unknown>>
      transactionId?: string
    }
    return { transactionId: store.act(sent, { transactionId, identity: identityOf(req) }).id }
  }

  async function uploadImage(req: Request, url: URL, body: Buffer) {
    requireWrite(req, 'create')
    const filename = url.searchParams.get('filename') ?? 'upload'
    const sha1 = createHash('sha1').update(body).digest('hex')
    // Dimensions from the file itself, as the real API reads them; the extension as named, else the format.
    const {
      width = 0,
      height = 0,
      format = 'bin',
    } = await sharp(body)
      .metadata()
      .catch(() => ({ width: 0, height: 0, format: 'bin' }))
    const extension = /\.(\w+)$/.exec(filename)?.[1]?.toLowerCase() ?? (format === 'jpeg' ? 'jpg' : format)
    const id = `image-${sha1}-${width}x${height}-${extension}`
    const file = `${sha1}-${width}x${height}.${extension}`
    imageFiles.set(file, body)
    const existing = store.get(id)
    if (existing) return { document: existing }
    const document: SanityDocument = {
      _id: id,
      _type: 'sanity.imageAsset',
      assetId: sha1,
      sha1hash: sha1,
      extension,
      originalFilename: filename,
      size: body.length,
      mimeType: mimeTypeOf(extension),
      path: `images/${projectId}/${datasetName}/${file}`,
      url: `https://cdn.sanity.io/images/${projectId}/${datasetName}/${file}`,
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: height ? width / height : 1 },
      },
    }
    store.put(document, { identity: identityOf(req) })
    return { document: store.get(id) }
  }

  /** `GET /data/history/...`: transactions (NDJSON), a document at a revision, and the (empty) event feed. */
  function history(rest: string, url: URL): unknown {
    const transactionsOf = /^\/transactions\/(.+)$/.exec(rest)
    if (transactionsOf) {
      const ids = new Set(decodeURIComponent(transactionsOf[1]!).split(','))
      return store.transactions
        .filter((transaction) => transaction.changes.some((change) => ids.has(change.id)))
        .map((transaction) => ({
          id: transaction.id,
          timestamp: transaction.timestamp,
          author: transaction.identity,
          documentIDs: transaction.changes.map((change) => change.id),
          mutations: transaction.changes.map(({ id, after }) => (after ? { createOrReplace: after } : { delete: { id } })),
          // With `effectFormat=mendoza` the Studio reads each document's effect to tell creations,
          // edits and deletions apart (its history panel). A whole-value patch, mendoza's `[0, value]`,
          // is the simplest correct one: `[0, null]` applied deletes, reverted creates.
          effects: Object.fromEntries(
            transaction.changes.map(({ id, before, after }) => [id, { apply: [0, after ?? null], revert: [0, before ?? null] }]),
          ),
        }))
    }
    const eventsOf = /^\/events\/documents\/(.+)$/.exec(rest)
    if (eventsOf) return { events: { [decodeURIComponent(eventsOf[1]!)]: [] }, nextCursor: '' }
    const documentsOf = /^\/documents\/(.+)$/.exec(rest)
    if (documentsOf) {
      const revision = url.searchParams.get('revision')
      const documents = decodeURIComponent(documentsOf[1]!)
        .split(',')
        .map((id) => (revision ? store.revision(id, revision) : store.get(id)))
        .filter(Boolean)
      return { documents }
    }
    return undefined
  }

  /** Server-sent events, kept open until the client goes or the stand-in stops. */
  function eventStream(res: Response) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    const send = (event: string, data: unknown, id?: string) =>
      res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000)
    const closers: Array<() => void> = [() => clearInterval(heartbeat)]
    openStreams.add(res)
    res.on('close', () => {
      openStreams.delete(res)
      for (const close of closers) close()
    })
    return { send, onClose: (close: () => void) => closers.push(close) }
  }

  /** `GET /data/listen`: the mutation events of the documents a query matches, per listener. */
  function listen(req: Request, url: URL, res: Response) {
    const access = tokenOf(req)
    if (options.private && !access) throw unauthorized('Dataset is private: a token with read access is required')
    const groq = url.searchParams.get('query')
    if (!groq) throw new LakeError(400, { error: { description: 'Missing query', type: 'httpBadRequest' } })
    const params: Record<string, unknown> = {}
    for (const [key, value] of url.searchParams) if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
    const listener: Listener = {
      query: groq,
      params,
      includeResult: url.searchParams.get('includeResult') !== 'false',
      includePreviousRevision: url.searchParams.get('includePreviousRevision') === 'true',
    }
    parse(groq, { params })
    const stream = eventStream(res)
    stream.send('welcome', { listenerName: `stand-in-${randomBytes(6).toString('hex')}` })
    // One listener's events leave in commit order even though matching them is asynchronous.
    let queue = Promise.resolve()
    stream.onClose(
      store.subscribe((transaction) => {
        queue = queue.then(async () => {
          for (const event of await eventsFor(listener, transaction)) stream.send('mutation', event, event.eventId)
        })
      }),
    )
  }

  /**
   * `GET /data/live/events`: Live Content API events: a restart after every transaction, so live
   * queries refetch. Drafts' events (`includeDrafts=true`) only with a token, as the real one requires.
   */
  function liveEvents(req: Request, url: URL, res: Response) {
    if (url.searchParams.get('includeDrafts') === 'true' && !tokenOf(req)) throw unauthorized('includeDrafts requires a token')
    const stream = eventStream(res)
    stream.send('welcome', {})
    stream.onClose(store.subscribe((transaction) => stream.send('restart', { id: transaction.id }, transaction.id)))
  }

  /** The project a request is for: the host's first label, or the header the client sends on a custom host. */
  function projectOf(req: Request): string | undefined {
    const host = String(req.headers[':authority'] ?? req.headers.host ?? '').replace(/:\d+$/, '')
    const label = host.split('.')
    if (label.length > 1 && !/^\d+$/.test(label.at(-1)!)) return label[0]
    return req.headers['x-sanity-project-id'] as string | undefined
  }

  function hostOf(req: Request) {
    return String(req.headers[':authority'] ?? req.headers.host)
  }

  /** The answer to a request: JSON, NDJSON lines (an array under `ndjson`), bytes, or a stream already written. */
  async function route(req: Request, url: URL, body: Buffer, res: Response): Promise<unknown> {
    const image = new RegExp(`^/images/${projectId}/${datasetName}/([^/]+)$`).exec(url.pathname)
    if (image && req.method === 'GET') {
      const bytes = imageFiles.get(image[1]!)
      if (!bytes) throw notFound(`No image ${image[1]}`)
      return { bytes, type: mimeTypeOf(image[1]!.split('.').pop() ?? '') }
    }
    const match = API_PREFIX.exec(url.pathname)
    if (!match) throw notFound(`No route for ${url.pathname}`)
    const [, apiVersion, rest] = match as unknown as [string, string, string]
    const method = req.method ?? 'GET'
    if (method === 'GET' && rest === '/users/me') {
      const user = userOf(req)
      if (user) {
        const roles = user.roles.map((name) => ({ name, title: name[0]!.toUpperCase() + name.slice(1) }))
        return {
          id: user.id,
          name: user.name,
          email: `${user.id}@example.com`,
          profileImage: null,
          provider: 'sanity',
          role: user.roles[0] ?? null,
          roles,
        }
      }
      // Signed out: the real API answers an empty object, not an error.
      if (req.headers.authorization) tokenOf(req)
      return {}
    }
    if (method === 'GET' && rest === '/auth/id') {
      if (!userOf(req)) throw unauthorized('Session not found')
      return { id: userOf(req)!.id }
    }
    if (method === 'GET' && rest === '/auth/providers') {
      const login = (name: string) => `${url.protocol}//${hostOf(req)}/v${apiVersion}/auth/login/${name}`
      return {
        thirdPartyLogin: true,
        sso: { saml: false },
        providers: [
          { name: 'google', title: 'Google', url: login('google') },
          { name: 'github', title: 'GitHub', url: login('github') },
          { name: 'sanity', title: 'E-mail / password', url: login('sanity') },
        ],
      }
    }
    // Account and project endpoints live on the API host itself; documents on the project's.
    const account = accountAnswer(method, rest, projectId, datasetName, body)
    if (account !== undefined) return account
    const data = /^\/(data|assets)\/(query|mutate|actions|listen|doc|history|live\/events|images)\/([^/]+)(\/.*)?$/.exec(rest)
    if (!data) throw notFound(`The stand-in has no route for ${method} ${rest}`)
    if (projectOf(req) !== projectId) throw notFound('Project not found')
    const [, area, operation, dataset, tail = ''] = data as unknown as [string, string, string, string, string | undefined]
    if (dataset !== datasetName && !(area === 'data' && operation === 'doc')) throw notFound(`Dataset "${dataset}" not found`)
    if (area === 'assets' && operation === 'images' && method === 'POST') return uploadImage(req, url, body)
    if (operation === 'query' && (method === 'GET' || method === 'POST')) return query(apiVersion, req, url, body)
    if (operation === 'mutate' && method === 'POST') return mutate(req, url, body)
    if (operation === 'actions' && method === 'POST') return actions(req, body)
    if (operation === 'listen' && method === 'GET') return listen(req, url, res)
    if (operation === 'live/events' && method === 'GET') return liveEvents(req, url, res)
    if (operation === 'doc' && method === 'GET') {
      // The dataset is the first segment, the ids the rest (`/data/doc/<dataset>/<id,id>`).
      if (dataset !== datasetName) throw notFound(`Dataset "${dataset}" not found`)
      return documentsById(req, decodeURIComponent(tail.slice(1)).split(','))
    }
    if (operation === 'history' && method === 'GET') {
      tokenOf(req)
      const answer = history(tail, url)
      if (Array.isArray(answer)) return { ndjson: answer }
      if (answer !== undefined) return answer
    }
    throw notFound(`The stand-in has no route for ${method} ${rest}`)
  }

  function cors(req: Request, res: Response) {
    const origin = req.headers.origin
    if (!origin || !corsOrigins.has(origin)) return
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }

  /**
   * Writes apply in the order they arrive, as the Content Lake applies one client's: the Studio
   * sends an edit's patch and then Publish back to back, and over HTTP/2 the smaller Publish body
   * can be read first (which published the old draft and left the edit behind as a new draft).
   */
  let writesInOrder: Promise<void> = Promise.resolve()

  async function bodyOf(req: Request): Promise<Buffer> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  async function handle(req: Request, res: Response) {
    if (req.method !== 'POST' || !/\/data\/(mutate|actions)\//.test(req.url ?? '')) return answer(req, res, await bodyOf(req))
    const turn = writesInOrder
    let done = () => {}
    writesInOrder = new Promise((resolve) => (done = resolve))
    try {
      const body = await bodyOf(req)
      await turn
      return await answer(req, res, body)
    } finally {
      done()
    }
  }

  async function answer(req: Request, res: Response, body: Buffer) {
    const url = new URL(req.url ?? '/', `http://${hostOf(req) || '127.0.0.1'}`)
    requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body })
    cors(req, res)
    if (req.method === 'OPTIONS') {
      if (req.headers.origin && corsOrigins.has(req.headers.origin)) {
        res.writeHead(204, {
          'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? 'authorization, content-type'),
          'Access-Control-Max-Age': '600',
        })
      } else res.writeHead(403, { 'content-type': 'application/json' })
      return void res.end()
    }
    if (fault.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.kind === 'slow' ? fault.ms : 0))
    if (fault.kind === 'error') {
      res.writeHead(500, { 'content-type': 'application/json' })
      return void res.end(JSON.stringify({ statusCode: 500, error: 'Internal Server Error', message: 'An internal server error occurred' }))
    }
    try {
      const answer = await route(req, url, body, res)
      if (res.headersSent) return // a stream, answering as it goes
      if (answer && typeof answer === 'object' && 'bytes' in answer && Buffer.isBuffer(answer.bytes)) {
        res.writeHead(200, { 'content-type': String('type' in answer ? answer.type : 'application/octet-stream') })
        return void res.end(answer.bytes)
      }
      if (answer && typeof answer === 'object' && 'ndjson' in answer && Array.isArray(answer.ndjson)) {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' })
        return void res.end(answer.ndjson.map((line) => `${JSON.stringify(line)}\n`).join(''))
      }
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(answer))
    } catch (error) {
      const status = error instanceof LakeError ? error.status : 500
      const payload = error instanceof LakeError ? error.body : { statusCode: 500, error: 'Internal Server Error', message: String(error) }
      // Refusals by rule (401, 403, 409) are answers; anything else means the stand-in could not answer.
      if (status === 400 || status === 404 || status >= 500)
        unanswered.push({
          method: req.method ?? 'GET',
          path: url.pathname,
          status,
          // A query that failed is named, for the journeys' failure report.
          message: `${error instanceof Error ? error.message : String(error)}${url.searchParams.has('query') ? ` (query: ${url.searchParams.get('query')})` : ''}`,
        })
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(payload))
    }
  }

  let servers: Array<Server | Http2SecureServer> = []
  const sockets = new Set<Socket>()
  const openStreams = new Set<Response>()
  let port = options.port ?? 0
  let securePort = options.securePort ?? 0
  // Both servers' responses do what Response lists; their overloads differ only in callbacks the stand-in never passes.
  const onRequest = (req: Request, res: ServerResponse | Http2ServerResponse) => void handle(req, res as unknown as Response)

  async function listenOn(server: Server | Http2SecureServer, on: number) {
    server.on(server instanceof Server ? 'connection' : 'secureConnection', (socket: Socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(on, '127.0.0.1', () => resolve())
    })
    return (server.address() as AddressInfo).port
  }

  async function start() {
    if (servers.length) return
    const plain = createServer(onRequest)
    // Like the real API's load balancers, keep idle connections well past Node's 5 s default, so a
    // client's pooled socket is not closed under a mutation (which, unlike a query, is not retried).
    plain.keepAliveTimeout = 65_000
    port = await listenOn(plain, port)
    servers = [plain]
    if (certificate) {
      const secure = createSecureServer({ key: certificate.key, cert: certificate.cert, allowHTTP1: true }, onRequest)
      securePort = await listenOn(secure, securePort)
      servers.push(secure)
    }
  }

  /** Stops answering: new connections are refused and open ones are cut, as when the API is unreachable. */
  async function stop() {
    const closing = servers
    servers = []
    const closed = Promise.all(closing.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))))
    for (const stream of openStreams) stream.end()
    for (const socket of sockets) socket.destroy()
    await closed
  }

  await start()
  return {
    projectId,
    dataset: datasetName,
    /** `localhost`, not 127.0.0.1: a browser resolves the Studio's `<projectId>.localhost` to loopback. */
    get apiHost() {
      return `http://localhost:${port}`
    },
    /** The same stand-in over HTTPS and HTTP/2 (with `tls`), as a signed-in Studio needs it. */
    get secureApiHost() {
      return certificate ? `https://localhost:${securePort}` : undefined
    },
    get securePort() {
      return certificate ? securePort : undefined
    },
    /** The throwaway CA's certificate (PEM), and a file holding it for NODE_EXTRA_CA_CERTS. */
    caCertificate: certificate?.ca,
    caFile,
    get port() {
      return port
    },
    requests,
    unanswered,
    transactions: store.transactions,
    webhookDeliveries,
    /** The documents as stored now (read-only view for assertions). */
    document: (id: string) => store.get(id),
    /** Writes as another editor would (listeners, webhooks and all). */
    mutate: (mutations: Array<Record<string, Record<string, unknown>>>) => store.mutate(mutations, { identity: 'another-editor' }),
    setWebhook(target: WebhookTarget | undefined) {
      webhook = target
    },
    /** Resolves once every webhook of the transactions so far has been answered. */
    webhooksSettled: () => webhookQueue,
    setFault(next: Fault) {
      fault = next
    },
    start,
    stop,
    close: stop,
  }
}

/**
 * A control endpoint for tests running in other processes than the stand-in (vitest workers):
 * `POST /fault` with a Fault as JSON, `POST /stop`, `POST /start`. Only on 127.0.0.1.
 */
export async function serveLakeControl(lake: ContentLake) {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    try {
      if (req.method === 'POST' && req.url === '/fault') lake.setFault(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Fault)
      else if (req.method === 'POST' && req.url === '/stop') await lake.stop()
      else if (req.method === 'POST' && req.url === '/start') await lake.start()
      else {
        res.writeHead(404).end()
        return
      }
      res.writeHead(204).end()
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The test side of serveLakeControl. */
export function lakeControl(controlUrl: string) {
  const post = async (path: string, body?: unknown) => {
    const response = await fetch(`${controlUrl}${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) })
    if (!response.ok) throw new Error(`stand-in control ${path}: ${response.status} ${await response.text()}`)
  }
  return {
    setFault: (fault: Fault) => post('/fault', fault),
    stop: () => post('/stop'),
    start: () => post('/start'),
  }
}
