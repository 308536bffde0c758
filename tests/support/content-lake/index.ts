import { createHash, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Mutation, type Mut } from '@sanity/mutator'
import { evaluate, parse } from 'groq-js'
import { loadDatasetFile, mimeTypeOf, type LoadedDataset, type SanityDocument } from '../../../lib/source/dataset-file'
import { DEMO_DATASET_PATH, createLocalSource, type LocalSource } from '../../../lib/source/local'

/**
 * A stand-in for the hosted Content Lake, on loopback, speaking the HTTP API the real
 * `@sanity/client` and Studio speak (pointed at it with an API host, as any Content
 * Lake–compatible host would be):
 *
 * - `GET|POST /v{version}/data/query/{dataset}`: GROQ run by groq-js (through the local
 *   source's indexed evaluation, so a build does not wait on it), `$param`s JSON-encoded
 *   in the query string (or `params` in a POST body), `perspective` (published, drafts,
 *   previewDrafts, raw), bearer tokens; answers `{result, ms, query}`. Drafts, raw and a
 *   private dataset need a valid token (401 otherwise), as on the real API.
 * - `POST /v{version}/data/mutate/{dataset}`: create, createOrReplace, createIfNotExists,
 *   patch (applied by Sanity's own patch engine, `@sanity/mutator`, so JSONMatch paths such as
 *   `body[3].asset._weak` work as on the real API) and delete, in one transaction that is
 *   refused (409) if it would leave a strong reference dangling; needs a write token.
 * - `POST /v{version}/assets/images/{dataset}`: uploads, answered with the asset document
 *   (found again by `sha1hash`, as Sanity's importer looks for it before uploading).
 * - `GET /v{version}/users/me` and `/auth/providers`, `/auth/id` as for a signed-out user, with
 *   CORS (credentials) for the allowed origins, so the Studio boots to its sign-in screen.
 *
 * Projects are addressed both ways the client can: `<projectId>.<host>` (what the Studio does)
 * or the host as-is with `X-Sanity-Project-ID` (what the site does on a non-Sanity host).
 * Faults for outage tests: `setFault('error' | 'slow' | 'none')`, `stop()` / `start()`.
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
  /**
   * Signed-in users' session tokens. `GET /users/me` answers such a token with the user and their
   * roles in this project (an empty `roles` list for a user of another project), as the real API does.
   */
  users?: Array<{ token: string; id: string; name: string; roles: string[] }>
}

export type Fault = { kind: 'none' } | { kind: 'error' } | { kind: 'slow'; ms: number }

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: Buffer
}

export type ContentLake = Awaited<ReturnType<typeof startContentLake>>

const API_PREFIX = /^\/v(\d{4}-\d{2}-\d{2}|1|X)(\/.*)$/

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

/** Ids a value references strongly (`_weak` references may dangle, as on the real API). */
function strongReferences(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => strongReferences(item, out))
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record._ref === 'string' && record._weak !== true) out.add(record._ref)
    for (const [key, child] of Object.entries(record)) if (key !== '_ref') strongReferences(child, out)
  }
  return out
}

class LakeError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(typeof body === 'object' && body && 'message' in body ? String(body.message) : `status ${status}`)
  }
}

const unauthorized = (message: string) => new LakeError(401, { statusCode: 401, error: 'Unauthorized', message })

export async function startContentLake(options: ContentLakeOptions = {}) {
  const projectId = options.projectId ?? 'citedtest'
  const datasetName = options.dataset ?? 'production'
  const readTokens = new Set(options.readTokens ?? [])
  const writeTokens = new Set(options.writeTokens ?? [])
  const corsOrigins = new Set(options.corsOrigins ?? [])
  const store = new Map<string, SanityDocument>()
  for (const doc of options.documents ?? (await loadDemoContentLake(projectId, datasetName))) store.set(doc._id, doc)
  const requests: RecordedRequest[] = []
  let fault: Fault = { kind: 'none' }
  /** Accepted transactions, in order, as their mutation lists. */
  const transactions: unknown[][] = []

  function tokenOf(req: IncomingMessage): 'read' | 'write' | undefined {
    const header = req.headers.authorization
    if (!header) return undefined
    const token = /^Bearer (.+)$/.exec(header)?.[1] ?? ''
    if (writeTokens.has(token)) return 'write'
    if (readTokens.has(token)) return 'read'
    throw unauthorized('Session not found')
  }

  // The published and drafts views, indexed; rebuilt after every accepted transaction.
  let views: LocalSource | undefined
  const indexedViews = () => (views ??= createLocalSource({ documents: [...store.values()], assetFiles: new Map() }))

  async function query(apiVersion: string, req: IncomingMessage, url: URL, body: Buffer) {
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
    // API versions from 2025-02-19 read the published perspective by default; older ones raw.
    const perspective = url.searchParams.get('perspective') ?? (apiVersion >= '2025-02-19' ? 'published' : 'raw')
    if (!['published', 'drafts', 'previewDrafts', 'raw'].includes(perspective)) {
      throw new LakeError(400, { error: { description: `Invalid perspective "${perspective}"`, type: 'httpBadRequest' } })
    }
    if (perspective !== 'published' && !access)
      throw unauthorized(`The "${perspective}" perspective requires a token with read access to drafts`)
    if (options.private && !access) throw unauthorized('Dataset is private: a token with read access is required')
    const started = performance.now()
    let tree
    try {
      tree = parse(groq, { params })
    } catch (error) {
      throw new LakeError(400, { error: { description: (error as Error).message, type: 'queryParseError', query: groq } })
    }
    const result =
      perspective === 'raw'
        ? await (await evaluate(tree, { dataset: [...store.values()], params })).get()
        : await indexedViews().fetch({ query: groq, params, perspective: perspective === 'published' ? 'published' : 'drafts' })
    const answer: Record<string, unknown> = { result, ms: Math.round(performance.now() - started) }
    if (url.searchParams.get('returnQuery') !== 'false') answer.query = groq
    return answer
  }

  async function mutate(req: IncomingMessage, url: URL, body: Buffer) {
    if (tokenOf(req) !== 'write') throw unauthorized('Insufficient permissions; permission "update" required')
    const { mutations } = JSON.parse(body.toString('utf8')) as { mutations: Array<Record<string, Record<string, unknown>>> }
    const next = new Map(store)
    const results: Array<{ id: string; operation: string; document?: SanityDocument }> = []
    const touched = new Set<string>()
    const now = new Date().toISOString()
    const stamp = (doc: SanityDocument): SanityDocument => ({
      _createdAt: next.get(doc._id)?._createdAt ?? now,
      ...doc,
      _updatedAt: now,
      _rev: randomBytes(8).toString('hex'),
    })
    for (const mutation of mutations) {
      const [operation, argument] = Object.entries(mutation)[0] as [string, Record<string, unknown>]
      if (operation === 'create' || operation === 'createOrReplace' || operation === 'createIfNotExists') {
        const doc = { ...argument, _id: String(argument._id ?? `${randomBytes(10).toString('hex')}`) } as SanityDocument
        if (next.has(doc._id) && operation !== 'createOrReplace') {
          if (operation === 'createIfNotExists') {
            results.push({ id: doc._id, operation: 'none' })
            continue
          }
          throw new LakeError(409, { error: { description: `Document by ID "${doc._id}" already exists`, type: 'mutationError' } })
        }
        const operationDone = next.has(doc._id) ? 'update' : 'create'
        next.set(doc._id, stamp(doc))
        touched.add(doc._id)
        results.push({ id: doc._id, operation: operationDone })
      } else if (operation === 'patch') {
        const id = String(argument.id)
        const current = next.get(id)
        if (!current) throw new LakeError(404, { error: { description: `Document "${id}" not found`, type: 'mutationError' } })
        const doc = new Mutation({ mutations: [mutation as Mut] }).apply(current) as SanityDocument
        next.set(id, stamp(doc))
        touched.add(id)
        results.push({ id, operation: 'update' })
      } else if (operation === 'delete') {
        // By id, or every document a GROQ query selects (the Studio prunes expired preview secrets so).
        const ids =
          typeof argument.query === 'string'
            ? (
                (await (
                  await evaluate(parse(argument.query, { params: (argument.params ?? {}) as Record<string, unknown> }), {
                    dataset: [...next.values()],
                    params: (argument.params ?? {}) as Record<string, unknown>,
                  })
                ).get()) as Array<{ _id: string }>
              ).map((doc) => doc._id)
            : [String(argument.id)]
        for (const id of ids) {
          next.delete(id)
          results.push({ id, operation: 'delete' })
        }
      } else {
        throw new LakeError(400, { error: { description: `Unsupported mutation "${operation}"`, type: 'mutationError' } })
      }
    }
    for (const id of touched) {
      for (const ref of strongReferences(next.get(id))) {
        if (!next.has(ref)) {
          throw new LakeError(409, {
            error: { description: `Document "${id}" references non-existent document "${ref}"`, type: 'mutationError' },
          })
        }
      }
    }
    store.clear()
    for (const [id, doc] of next) store.set(id, doc)
    views = undefined
    transactions.push(mutations)
    const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
    return {
      transactionId: `tx${transactions.length}`,
      results: results.map((result) => (returnDocuments ? { ...result, document: store.get(result.id) } : result)),
    }
  }

  function uploadImage(req: IncomingMessage, url: URL, body: Buffer) {
    if (tokenOf(req) !== 'write') throw unauthorized('Insufficient permissions; permission "create" required')
    const filename = url.searchParams.get('filename') ?? 'upload'
    const sha1 = createHash('sha1').update(body).digest('hex')
    // Dimensions and type come from the file on the real API; the demo's file names carry them.
    const [, width = '0', height = '0', extension = 'bin'] = /-(\d+)x(\d+)\.(\w+)$/.exec(filename) ?? []
    const id = `image-${sha1}-${width}x${height}-${extension}`
    const file = `${sha1}-${width}x${height}.${extension}`
    const document: SanityDocument = store.get(id) ?? {
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
        dimensions: { width: Number(width), height: Number(height), aspectRatio: Number(height) ? Number(width) / Number(height) : 1 },
      },
    }
    store.set(id, document)
    views = undefined
    return { document }
  }

  /** The project a request is for: the host's first label, or the header the client sends on a custom host. */
  function projectOf(req: IncomingMessage): string | undefined {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '')
    const label = host.split('.')
    if (label.length > 1 && !/^\d+$/.test(label.at(-1)!)) return label[0]
    return req.headers['x-sanity-project-id'] as string | undefined
  }

  function route(req: IncomingMessage, url: URL, body: Buffer): unknown | Promise<unknown> {
    const match = API_PREFIX.exec(url.pathname)
    if (!match) throw new LakeError(404, { error: 'Not Found', message: `No route for ${url.pathname}`, statusCode: 404 })
    const [, apiVersion, rest] = match as unknown as [string, string, string]
    if (projectOf(req) !== projectId) throw new LakeError(404, { error: 'Not Found', message: 'Project not found', statusCode: 404 })
    if (req.method === 'GET' && rest === '/users/me') {
      const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1]
      const user = options.users?.find((candidate) => candidate.token === bearer)
      if (user) {
        const roles = user.roles.map((name) => ({ name, title: name[0]!.toUpperCase() + name.slice(1) }))
        return { id: user.id, name: user.name, email: `${user.id}@example.com`, provider: 'sanity', role: user.roles[0] ?? null, roles }
      }
      // Signed out: the real API answers an empty object, not an error.
      if (req.headers.authorization) tokenOf(req)
      return {}
    }
    if (req.method === 'GET' && rest === '/auth/id') throw unauthorized('Session not found')
    if (req.method === 'GET' && rest === '/auth/providers') {
      const login = (name: string) => `${url.protocol}//${req.headers.host}/v${apiVersion}/auth/login/${name}`
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
    const data = /^\/data\/(query|mutate)\/([^/]+)$/.exec(rest)
    if (data) {
      if (data[2] !== datasetName)
        throw new LakeError(404, { error: 'Not Found', message: `Dataset "${data[2]}" not found`, statusCode: 404 })
      if (data[1] === 'query' && (req.method === 'GET' || req.method === 'POST')) return query(apiVersion, req, url, body)
      if (data[1] === 'mutate' && req.method === 'POST') return mutate(req, url, body)
    }
    if (req.method === 'POST' && rest === `/assets/images/${datasetName}`) return uploadImage(req, url, body)
    throw new LakeError(404, { error: 'Not Found', message: `The stand-in has no route for ${req.method} ${rest}`, statusCode: 404 })
  }

  function cors(req: IncomingMessage, res: ServerResponse) {
    const origin = req.headers.origin
    if (!origin || !corsOrigins.has(origin)) return
    res.setHeader('Access-Control-Allow-Origin', origin)
    res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Vary', 'Origin')
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`)
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
      const answer = await route(req, url, body)
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(answer))
    } catch (error) {
      const status = error instanceof LakeError ? error.status : 500
      const payload = error instanceof LakeError ? error.body : { statusCode: 500, error: 'Internal Server Error', message: String(error) }
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify(payload))
    }
  }

  let server: Server | undefined
  const sockets = new Set<Socket>()
  let port = options.port ?? 0

  async function start() {
    if (server) return
    const listening = createServer((req, res) => void handle(req, res))
    // Like the real API's load balancers, keep idle connections well past Node's 5 s default, so a
    // client's pooled socket is not closed under a mutation (which, unlike a query, is not retried).
    listening.keepAliveTimeout = 65_000
    listening.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject)
      listening.listen(port, '127.0.0.1', () => resolve())
    })
    port = (listening.address() as AddressInfo).port
    server = listening
  }

  /** Stops answering: new connections are refused and open ones are cut, as when the API is unreachable. */
  async function stop() {
    const closing = server
    server = undefined
    if (!closing) return
    const closed = new Promise<void>((resolve) => closing.close(() => resolve()))
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
    get port() {
      return port
    },
    requests,
    transactions,
    /** The documents as stored now (read-only view for assertions). */
    document: (id: string) => store.get(id),
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
