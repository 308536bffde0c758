/**
 * Vitest global setup for the browser suite: build the site once (or reuse a build that is
 * newer than every source file), start `next start` on a free port, hand its origin to the
 * tests, and stop it afterwards — also when the tests fail or the run is interrupted.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort, killProcessGroup } from '../../../scripts/processes'
import { NEXT_BUILD_ARGS } from '../../../scripts/next-build'
import { assertChromiumInstalled } from './chromium'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next')
const resultsDir = path.join(repoRoot, 'test-results')

/** Our own dist dir so we never clobber a developer's `.next`; E2E_DIST_DIR may point at another fresh build. */
export const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e'

/** What a build bakes in besides the source files; a reused build must have been made with the same values. */
const BUILD_ENV_KEYS = [
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
  'NEXT_PUBLIC_SANITY_API_VERSION',
  'NEXT_PUBLIC_SITE_URL',
  'SANITY_LOCAL_DATASET',
] as const
const STAMP_FILE = 'e2e-build-env.json'

/**
 * Everything a reader page is built from. Not tsconfig.json: `next build` itself rewrites it
 * (adding its dist dir's type folders), so its mtime would always look newer than the build.
 */
const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'sanity',
  'next.config.js',
  'proxy.ts',
  'sanity.config.ts',
  'package-lock.json',
]

/** Lets the draft-preview test turn on draft mode on the local dataset (read at run time, not baked into the build). */
export const E2E_PREVIEW_SECRET = 'e2e-preview-secret-3f9a1c77'

const childEnv = {
  ...process.env,
  SANITY_PREVIEW_SECRET: E2E_PREVIEW_SECRET,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** A production build needs the site's origin (next.config.js); given to the build only, a reused build keeps its own. */
const buildEnv: NodeJS.ProcessEnv = { ...childEnv, NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000' }

function buildEnvStamp(): string {
  return JSON.stringify(Object.fromEntries(BUILD_ENV_KEYS.map((key) => [key, buildEnv[key] ?? null])))
}

/** The first build input changed since the build in `dir` was made, or null when it is current. */
export function sourceChangedSince(dir: string): string | null {
  const buildId = path.join(repoRoot, dir, 'BUILD_ID')
  if (!existsSync(buildId)) return `no build in ${dir}`
  const builtAt = statSync(buildId).mtimeMs
  const changed = BUILD_INPUTS.find((input) => newestMtime(path.join(repoRoot, input)) > builtAt)
  return changed ? `${changed} changed since ${dir} was built` : null
}

/** Why the existing build can't be reused, or null when it can. */
function staleReason(): string | null {
  if (process.env.E2E_REBUILD === '1') return 'E2E_REBUILD=1'
  const buildId = path.join(repoRoot, distDir, 'BUILD_ID')
  if (!existsSync(buildId)) return `no build in ${distDir}`
  // While iterating on the tests alone, skip the freshness check.
  if (process.env.E2E_REUSE_BUILD === '1') return null
  const stampPath = path.join(repoRoot, distDir, STAMP_FILE)
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') !== buildEnvStamp()) {
    return `${distDir} was built with different content/site environment variables`
  }
  return sourceChangedSince(distDir)
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? command)} ${args[1] ?? ''} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

async function waitUntilServing(origin: string, server: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}; see ${logPath}`)
    try {
      await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  throw new Error(`next start did not answer on ${origin} within 60 s; see ${logPath}`)
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || !server.pid) return Promise.resolve()
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => killProcessGroup(server, 'SIGKILL'), 5_000)
    server.once('exit', () => {
      clearTimeout(forceKill)
      resolve()
    })
    killProcessGroup(server, 'SIGTERM')
  })
}

export default async function setup(project: TestProject) {
  assertChromiumInstalled()
  mkdirSync(resultsDir, { recursive: true })

  const reason = staleReason()
  if (reason) {
    console.log(`\n[e2e] building the site into ${distDir} (${reason})…`)
    const started = Date.now()
    await run(process.execPath, [nextBin, ...NEXT_BUILD_ARGS], buildEnv)
    writeFileSync(path.join(repoRoot, distDir, STAMP_FILE), buildEnvStamp())
    console.log(`[e2e] build done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  } else {
    const why = process.env.E2E_REUSE_BUILD === '1' ? 'E2E_REUSE_BUILD=1' : 'newer than every source file'
    console.log(`\n[e2e] reusing the build in ${distDir} (${why})`)
  }

  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const logPath = path.join(resultsDir, 'next-start.log')
  const log = createWriteStream(logPath)
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: repoRoot,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  // A crashed or interrupted runner must not leave the server behind.
  const killOnExit = () => killProcessGroup(server, 'SIGKILL')
  const killOnSignal = (signal: NodeJS.Signals) => {
    killOnExit()
    process.kill(process.pid, signal)
  }
  process.once('exit', killOnExit)
  process.once('SIGINT', killOnSignal)
  process.once('SIGTERM', killOnSignal)

  try {
    await waitUntilServing(origin, server, logPath)
  } catch (error) {
    await stop(server)
    throw error
  }
  console.log(`[e2e] next start serving ${origin} (log: ${path.relative(repoRoot, logPath)})`)
  project.provide('baseURL', origin)

  return async () => {
    await stop(server)
    process.off('exit', killOnExit)
    process.off('SIGINT', killOnSignal)
    process.off('SIGTERM', killOnSignal)
    log.end()
  }
}
