import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Stand-ins for the websites works cited point at, and for the Internet Archive's availability
 * API, on 127.0.0.1. They speak plain HTTP/1.1 the way real servers do (HEAD refused, Retry-After,
 * flapping 500s, redirect loops, a response that never finishes); nothing leaves the machine.
 */

export interface SeenRequest {
  method: string
  path: string
  host: string
  headers: IncomingHttpHeaders
  at: number
}

export const ARTICLE_HTML = `<!doctype html>
<html><head><title>Vitamin K2 and calcium</title><style>p { color: red } /* Clinical studies show */</style>
<script>var hidden = "the secret passage";</script></head>
<body>
<nav>Home | Articles</nav>
<main>
  <h1>Vitamin K2 and calcium</h1>
  <p>Clinical <em>studies</em> show that the combination of vitamins   D3 and K2
     lowers arterial stiffness more than in those taking vitamin D3 alone.</p>
  <p>Calcium goes to the bones, not the arteries.</p>
  <p>Second paragraph: K2 activates matrix Gla protein.</p>
  <p hidden>Withdrawn claim about megadoses.</p>
  <p>Caf&eacute; owners&nbsp;love natt&#333;.</p>
</main>
</body></html>`

const page = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers })
  res.end(res.req.method === 'HEAD' ? undefined : body)
}

export async function startCitedSites() {
  const requests: SeenRequest[] = []
  const counters = new Map<string, number>()
  const count = (key: string) => {
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    return next
  }
  let port = 0
  const slowResponses = new Set<ServerResponse>()

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder')
    const host = req.headers.host ?? ''
    requests.push({ method: req.method ?? 'GET', path: url.pathname, host, headers: req.headers, at: Date.now() })
    const route = url.pathname

    if (route === '/wayback/available') {
      const cited = url.searchParams.get('url') ?? ''
      const timestamp = url.searchParams.get('timestamp') ?? ''
      const archived = /\/(missing|gone|down|article|moved-away|forbidden)/.test(cited)
      const body = archived
        ? {
            url: cited,
            archived_snapshots: {
              closest: {
                status: '200',
                available: true,
                url: `http://web.archive.org/web/${timestamp}083015/${cited}`,
                timestamp: `${timestamp}083015`,
              },
            },
          }
        : { url: cited, archived_snapshots: {} }
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify(body))
    }

    switch (route) {
      case '/ok':
        return page(res, 200, '<p>Fine.</p>')
      case '/head-refused':
        return req.method === 'HEAD' ? page(res, 405, '', { allow: 'GET' }) : page(res, 200, '<p>Only GET.</p>')
      case '/article':
        return page(res, 200, ARTICLE_HTML)
      case '/article-rewritten':
        return page(res, 200, '<main><p>This page was rewritten and no longer mentions the study.</p></main>')
      case '/moved-here':
        return page(res, 301, '', { location: '/ok' })
      case '/moved-away':
        return page(res, 301, '', { location: `http://localhost:${port}/ok` })
      case '/cookie-then-redirect':
        return page(res, 302, '', { location: '/ok', 'set-cookie': 'session=abc123; Path=/' })
      case '/missing':
        return page(res, 404, '<p>Not found</p>')
      case '/gone':
        return page(res, 410, '<p>Gone</p>')
      case '/forbidden':
        return page(res, 403, '<p>Forbidden</p>')
      case '/rate-limited-once':
        return count(route) === 1 ? page(res, 429, '', { 'retry-after': '1' }) : page(res, 200, '<p>Thanks for waiting.</p>')
      case '/rate-limited':
        return page(res, 429, '', { 'retry-after': '3600' })
      case '/flapping':
        return count(route) % 2 === 1 ? page(res, 500, '<p>Oops</p>') : page(res, 200, '<p>Back.</p>')
      case '/down':
        return page(res, 500, '<p>Oops</p>')
      case '/loop-a':
        return page(res, 302, '', { location: '/loop-b' })
      case '/loop-b':
        return page(res, 302, '', { location: '/loop-a' })
      case '/slow':
        // Headers never come: the checker's timeout has to end it.
        slowResponses.add(res)
        return
    }
    const chain = /^\/chain\/(\d+)$/.exec(route)
    if (chain) return page(res, 302, '', { location: `/chain/${Number(chain[1]) + 1}` })
    return page(res, 404, '<p>No such page</p>')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    port,
    waybackApiUrl: `${origin}/wayback/available`,
    requests,
    /** Requests for one path (the Wayback API's included). */
    requestsFor: (path: string) => requests.filter((request) => request.path === path),
    close: async () => {
      for (const res of slowResponses) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
