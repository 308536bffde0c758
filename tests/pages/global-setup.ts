/**
 * Page tests run against the real thing: `next build` into `.next-test` on the bundled demo
 * dataset, then `next start` on a free port. The server is stopped afterwards, also when a
 * test fails or the run is interrupted. PAGE_TESTS_REUSE_BUILD=1 skips the build when
 * `.next-test` already holds one (for quick reruns while writing tests).
 */
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort, killProcessGroup } from '../../scripts/processes'

declare module 'vitest' {
  export interface ProvidedContext {
    pagesOrigin: string
  }
}

export const PAGE_TESTS_SITE_URL = 'https://cited.example'

/** Recognisable values for every server-only variable, so a leak into the browser shows. */
export const SERVER_ONLY_CANARIES = {
  SANITY_API_READ_TOKEN: 'canary-read-token-7f3a9c',
  SANITY_API_WRITE_TOKEN: 'canary-write-token-2b8e4d',
  SANITY_REVALIDATE_SECRET: 'canary-revalidate-secret-5d1f0a',
  SANITY_PREVIEW_SECRET: 'canary-preview-secret-9c4e7b21',
}
const repoRoot = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next')
const distDir = '.next-test'

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    NEXT_PUBLIC_SITE_URL: PAGE_TESTS_SITE_URL,
    // Server-only values the tests look for in everything the browser is sent.
    ...SERVER_ONLY_CANARIES,
    // vitest sets NODE_ENV=test, which Next warns about and treats as non-standard.
    NODE_ENV: 'production',
  }
  // Always the bundled demo dataset: the tests compare pages with content/demo/data.ndjson.
  delete env.NEXT_PUBLIC_SANITY_PROJECT_ID
  delete env.SANITY_LOCAL_DATASET
  // One instance on Next's own file cache; tests/scale-out starts the Redis-sharing ones.
  delete env.REDIS_URL
  return env
}

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: repoRoot, env: childEnv(), stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`next ${args[0]} failed (${signal ?? `exit ${code}`})`))))
  })
}

export default async function setup(project: TestProject) {
  const reuse = process.env.PAGE_TESTS_REUSE_BUILD === '1' && existsSync(path.join(repoRoot, distDir, 'BUILD_ID'))
  if (!reuse) {
    console.log(`[pages] next build into ${distDir}…`)
    await run(['build'])
  }

  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const logPath = path.join(repoRoot, distDir, 'next-start.log')
  const log = createWriteStream(logPath)
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: repoRoot,
    env: childEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  const killNow = () => killProcessGroup(server, 'SIGKILL')
  process.once('exit', killNow)

  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}; see ${logPath}`)
    const ready = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) {
      killNow()
      throw new Error(`next start did not answer on ${origin} within 60 s; see ${logPath}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  project.provide('pagesOrigin', origin)

  return async () => {
    process.off('exit', killNow)
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      killProcessGroup(server, 'SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
      killNow()
    }
    log.end()
  }
}
