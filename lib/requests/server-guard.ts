import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { allowedMethods, queryTooLarge } from './guard'

/**
 * Methods the fetch standard forbids in a `Request` that reach a Node request listener: Node's
 * `new Request()` throws on TRACE, and Next builds one for the proxy and for every route handler
 * before it looks at the method, so `TRACE /search`, `/media/…` or `/api/…` was a 500 with a
 * stack trace in the log, whatever the route exports (Next has no hook before that point). Node's
 * parser already answers TRACK with a 400, and CONNECT never reaches a request listener.
 */
export const UNREPRESENTABLE_METHODS: readonly string[] = ['TRACE']

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void

function refuse(request: IncomingMessage, response: ServerResponse) {
  const allow = allowedMethods((request.url ?? '/').split('?', 1)[0]!).join(', ')
  response.writeHead(405, {
    Allow: allow,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  response.end(`Method ${request.method} is not allowed here.\n`)
}

/**
 * A query string longer or with more parameters than any address of the site: Next parses the URL
 * several times per request in time quadratic in the parameter count (`?a&a&…` 7,000 times cost
 * ~1.5 s of CPU before any of our code ran), so it is refused here, before Next sees it.
 */
function refuseQuery(response: ServerResponse) {
  response.writeHead(414, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  response.end('The address has more query parameters than this site reads.\n')
}

const rawQueryOf = (url: string): string => {
  const start = url.indexOf('?')
  return start === -1 ? '' : url.slice(start + 1)
}

/**
 * Puts the refusals in front of the request listeners of every HTTP server in this process (the
 * one `next start` or the standalone server.js creates), found through Node's documented
 * `http.server.request.start` channel, which fires before the server's `request` event.
 */
export function guardHttpServers() {
  const guarded = new WeakSet<Server>()
  subscribe('http.server.request.start', (message) => {
    const { server } = message as { server: Server }
    if (guarded.has(server)) return
    guarded.add(server)
    const listeners = server.listeners('request') as RequestListener[]
    server.removeAllListeners('request')
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      if (UNREPRESENTABLE_METHODS.includes(request.method ?? '')) return refuse(request, response)
      if (queryTooLarge(rawQueryOf(request.url ?? ''))) return refuseQuery(response)
      for (const listener of listeners) listener.call(server, request, response)
    })
  })
}
