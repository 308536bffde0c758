import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { NextRequest } from 'next/server'
import { afterEach, describe, expect, it } from 'vitest'
import { serverOrigin } from '../next-internals/server'
import { pageLookup, rendersPerRequest } from '.'

/**
 * The page lookup asks this same server for the page, over real HTTP: here a small server in
 * the place of `next start`, bound as `next start -H <address>` would bind it, with the two
 * variables `next start` sets once it listens (PORT, __NEXT_PRIVATE_ORIGIN).
 */
const started: http.Server[] = []
const savedEnv = { PORT: process.env.PORT, __NEXT_PRIVATE_ORIGIN: process.env.__NEXT_PRIVATE_ORIGIN }

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

/** Listens like `next start -H host`; `origin` is what Next then records as its own. */
async function startAt(host: string, origin: (port: number) => string) {
  const server = http.createServer((request, response) => {
    response.setHeader('content-type', 'text/plain')
    response.end(`${request.url} from the server on ${host}`)
  })
  started.push(server)
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  process.env.PORT = String(port)
  process.env.__NEXT_PRIVATE_ORIGIN = origin(port)
}

const lookUp = async (pathname: string) => {
  const response = await pageLookup(new NextRequest(`https://cited.example${pathname}`))
  return { status: response.status, text: await response.text() }
}

/** One of this machine's own addresses that is not loopback, as a server may be told to listen on. */
const ownAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address

describe('the page lookup reaches the server where it listens', () => {
  it('next start -H <one address of this machine>: that address, on which loopback gets no answer', async () => {
    expect(ownAddress, 'this machine has no IPv4 address besides loopback').toBeDefined()
    await startAt(ownAddress!, (port) => `http://${ownAddress}:${port}`)
    expect(await lookUp('/blog/some-post')).toEqual({ status: 200, text: `/blog/some-post from the server on ${ownAddress}` })
  })

  it('every interface (no -H, or 0.0.0.0), which Next records as localhost: loopback', async () => {
    await startAt('0.0.0.0', (port) => `http://localhost:${port}`)
    expect(serverOrigin()).toBe(`http://127.0.0.1:${process.env.PORT}`)
    expect(await lookUp('/blog')).toEqual({ status: 200, text: '/blog from the server on 0.0.0.0' })
  })

  it('started some other way, with only PORT set: loopback on that port', () => {
    expect(serverOrigin({ PORT: '4123' })).toBe('http://127.0.0.1:4123')
  })
})

describe('draft mode, judged as Next judges it', () => {
  it('only the build’s own preview-mode id in __prerender_bypass makes a page render per request', () => {
    // A build in a folder of its own, as NEXT_DIST_DIR points `next start` at one.
    const distDir = mkdtempSync(path.join(os.tmpdir(), 'per-request-pages-build-'))
    writeFileSync(path.join(distDir, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'b1d5e0c7a9' } }))
    const saved = process.env.NEXT_DIST_DIR
    process.env.NEXT_DIST_DIR = distDir
    try {
      const post = (cookie?: string) =>
        rendersPerRequest(new NextRequest('https://cited.example/blog/vitamin-d', { headers: cookie ? { cookie } : {} }))
      expect(post('__prerender_bypass=b1d5e0c7a9')).toBe(true)
      for (const stray of ['__prerender_bypass=forged', '__prerender_bypass=', '__prerender_bypass=b1d5e0c7a', undefined]) {
        expect(post(stray), stray).toBe(false)
      }
      expect(rendersPerRequest(new NextRequest('https://cited.example/search?q=d'))).toBe(true)
    } finally {
      if (saved === undefined) delete process.env.NEXT_DIST_DIR
      else process.env.NEXT_DIST_DIR = saved
    }
  })
})
