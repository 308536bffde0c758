import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for the Content Lake's HTTP API on 127.0.0.1, answering the requests the real
 * `@sanity/client` makes (pointed at it with `apiHost` and `useProjectHostname: false`).
 * Every request is recorded so tests can assert exactly what would have gone over the wire.
 */
export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingMessage['headers']
  body: Buffer
}

export type FakeLakeRoute = (request: RecordedRequest) => { status?: number; json: unknown } | undefined

export async function startFakeLake(route: FakeLakeRoute) {
  const requests: RecordedRequest[] = []
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks) }
    requests.push(recorded)
    const answer = route(recorded) ?? { status: 404, json: { error: 'Not found', message: `fake lake has no route for ${recorded.method} ${recorded.path}` } }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(answer.json))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
