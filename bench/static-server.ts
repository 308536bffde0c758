// The serving ceiling: a plain node:http server that answers with the prerendered HTML files of
// a build (and its /_next/static assets), gzip'd once up front like a static host's
// pre-compressed files. No routing, no React, no cache lookups.
//
//   npx tsx bench/static-server.ts --dist .next-bench-demo --port 4000

import { readFile, readdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'

interface StaticFile {
  body: Buffer
  gzip: Buffer
  type: string
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
  const files = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(path.join(folder, entry.name)) : [path.join(folder, entry.name)])),
  )
  return files.flat()
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, port: { type: 'string' } } })
  if (!values.dist || !values.port) throw new Error('usage: static-server.ts --dist <next dist dir> --port <port>')
  const files = new Map<string, StaticFile>()
  const add = async (urlPath: string, file: string) => {
    const body = await readFile(file)
    files.set(urlPath, { body, gzip: gzipSync(body, { level: 6 }), type: contentTypes[path.extname(file)] ?? 'application/octet-stream' })
  }
  // server/app/blog/foo.html → /blog/foo; server/app/index.html → /
  const appDir = path.join(values.dist, 'server', 'app')
  for (const file of await walk(appDir)) {
    if (!file.endsWith('.html')) continue
    const route =
      '/' +
      path
        .relative(appDir, file)
        .replace(/\.html$/, '')
        .split(path.sep)
        .join('/')
    await add(route === '/index' ? '/' : route, file)
  }
  const staticDir = path.join(values.dist, 'static')
  for (const file of await walk(staticDir)) await add('/_next/static/' + path.relative(staticDir, file).split(path.sep).join('/'), file)

  createServer((request, response) => {
    const url = (request.url ?? '/').split('?')[0]!
    const file = files.get(url.length > 1 ? url.replace(/\/$/, '') : url)
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': gzip ? file.gzip.length : file.body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      vary: 'accept-encoding',
    })
    response.end(gzip ? file.gzip : file.body)
  }).listen(Number(values.port), '127.0.0.1', () => console.log(`static server: ${files.size} files on :${values.port}`))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
