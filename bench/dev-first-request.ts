/**
 * `npx tsx bench/dev-first-request.ts [--dist DIR]`: how long a newcomer waits on the first
 * request of each kind of page in `next dev`, from a fresh dist folder (no compiler cache).
 * Routes are asked one after another, in the order a newcomer clicks: the home page, a post,
 * search, the Studio (which, without a project, shows the "not connected" guide).
 */
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, killProcessGroup } from '../scripts/processes'
import { NEXT_BIN, PROJECT_ROOT, childEnv } from './support'

const ROUTES = ['/', '/blog/vitamin-d3-and-k2-better-together', '/search?q=vitamin', '/studio']

const { values } = parseArgs({ options: { dist: { type: 'string', default: '.next-dev-first-request' } } })
const dist = values.dist!
await rm(path.join(PROJECT_ROOT, dist), { recursive: true, force: true })

const port = await freePort()
const server = spawn(process.execPath, [NEXT_BIN, 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
  cwd: PROJECT_ROOT,
  env: childEnv({ NODE_ENV: undefined, NEXT_DIST_DIR: dist, NEXT_PUBLIC_SANITY_PROJECT_ID: undefined, SANITY_LOCAL_DATASET: undefined }),
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
})
process.once('exit', () => killProcessGroup(server, 'SIGKILL'))
let output = ''
const ready = new Promise<void>((resolve, reject) => {
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    if (/Ready in/.test(output)) resolve()
  }
  server.stdout!.on('data', onData)
  server.stderr!.on('data', onData)
  server.once('exit', (code) => reject(new Error(`next dev exited with ${code}:\n${output.slice(-2000)}`)))
})
await ready

const rows: string[] = []
for (const route of ROUTES) {
  const started = performance.now()
  const response = await fetch(`http://127.0.0.1:${port}${route}`, { signal: AbortSignal.timeout(600_000) })
  await response.arrayBuffer()
  const seconds = (performance.now() - started) / 1000
  rows.push(`| \`${route}\` | ${response.status} | ${seconds.toFixed(1)} s |`)
}
killProcessGroup(server, 'SIGTERM')
await rm(path.join(PROJECT_ROOT, dist), { recursive: true, force: true })
console.log(['| first request | status | time |', '| --- | --- | --- |', ...rows].join('\n'))
process.exit(0)
