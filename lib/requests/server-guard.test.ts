import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardHttpServers } from './server-guard'

/** Sends a request the way a client would (fetch cannot send TRACE): status, Allow and body. */
const send = (server: Server, method: string, path: string) =>
  new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
    const { port } = server.address() as AddressInfo
    const outgoing = request({ host: '127.0.0.1', port, method, path }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode!, allow: response.headers.allow, body }))
    })
    outgoing.on('error', reject)
    outgoing.end()
  })

describe('guardHttpServers', () => {
  // Like Next: the listener builds a fetch Request from every request, which throws on TRACE.
  const server = createServer((incoming, response) => {
    try {
      new Request(`http://127.0.0.1${incoming.url}`, { method: incoming.method })
      response.end(`${incoming.method} reached the app`)
    } catch (error) {
      response.statusCode = 500
      response.end(String(error))
    }
  })
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)))
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('without it, TRACE fails inside the app, as it did inside Next', async () => {
    expect(await send(server, 'TRACE', '/search')).toMatchObject({ status: 500, body: "TypeError: 'TRACE' HTTP method is unsupported." })
  })

  it('answers TRACE with 405 and what the path allows, before the app sees it', async () => {
    guardHttpServers()
    expect(await send(server, 'TRACE', '/search?q=x')).toMatchObject({ status: 405, allow: 'GET, HEAD' })
    expect(await send(server, 'TRACE', '/media/a-1x1.png')).toMatchObject({ status: 405, allow: 'GET, HEAD' })
    expect(await send(server, 'TRACE', '/api/revalidate')).toMatchObject({ status: 405, allow: 'POST' })
    expect(await send(server, 'TRACE', '/api/nothing-here')).toMatchObject({ status: 405, allow: '' })
  })

  it('answers a query of more parameters than the site reads with 414, before the app parses it', async () => {
    expect(await send(server, 'GET', `/blog?${Array(7000).fill('a').join('&')}`)).toMatchObject({ status: 414 })
    expect(await send(server, 'GET', `/blog?${'q'.repeat(3000)}`)).toMatchObject({ status: 414 })
    const hundred = Array.from({ length: 100 }, (_, index) => `p${index}=1`).join('&')
    expect(await send(server, 'GET', `/blog?${hundred}`)).toMatchObject({ status: 200, body: 'GET reached the app' })
  })

  it('passes every other method through unchanged', async () => {
    expect(await send(server, 'GET', '/search?q=x')).toMatchObject({ status: 200, body: 'GET reached the app' })
    expect(await send(server, 'DELETE', '/api/revalidate')).toMatchObject({ status: 200, body: 'DELETE reached the app' })
    // TRACK never gets this far: Node's own parser refuses it.
    expect(await send(server, 'TRACK', '/search')).toMatchObject({ status: 400 })
  })
})
