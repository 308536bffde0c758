/**
 * Page tests run against the real thing, once per content source, each from one build:
 * - `pages` (local): `next build` into `.next-test` on the bundled demo dataset;
 * - `pages-lake`: the same demo dataset served by the stand-in Content Lake
 *   (tests/support/content-lake) as a private dataset, `next build` into `.next-test-lake` with
 *   the site pointed at it by NEXT_PUBLIC_SANITY_API_HOST; the stand-in keeps running while the
 *   tests do, and tests steer it (edits, faults) through a small control endpoint.
 * Then `next start` on a free port. Everything is stopped afterwards, also when a test fails or
 * the run is interrupted. PAGE_TESTS_REUSE_BUILD=1 skips the build when the dist dir already
 * holds one (for quick reruns while writing tests).
 */
import { spawn } from 'node:child_process'
import { cpSync, createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort, killProcessGroup } from '../../scripts/processes'
import { NEXT_BUILD_ARGS } from '../../scripts/next-build'
import { serveLakeControl, startContentLake, type ContentLake } from '../support/content-lake'

export type PagesMode = 'local' | 'lake'

export interface PagesLake {
  /** Plain HTTP, for the tests' own clients. */
  apiHost: string
  /** HTTPS, what the site was built with, and the CA file its server trusts it by. */
  secureApiHost?: string
  caFile?: string
  projectId: string
  dataset: string
  /** Origin of the stand-in's control endpoint (faults, stop/start). */
  controlUrl: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    pagesOrigin: string
    pagesMode: PagesMode
    pagesLake: PagesLake | null
  }
}

export const PAGE_TESTS_SITE_URL = 'https://cited.example'

/** Recognisable values for every server-only variable, so a leak into the browser shows. */
export const SERVER_ONLY_CANARIES = {
  SANITY_API_READ_TOKEN: 'canary-read-token-7f3a9c',
  SANITY_API_WRITE_TOKEN: 'canary-write-token-2b8e4d',
  SANITY_REVALIDATE_SECRET: 'canary-revalidate-secret-5d1f0a',
  SANITY_PREVIEW_SECRET: 'canary-preview-secret-9c4e7b21',
  CDN_API_TOKEN: 'canary-cdn-api-token-61d2e8',
}
/** The Viewer token a lake-mode site sends to the browser in draft mode (live drafts): public by design, so no canary. */
export const BROWSER_TOKEN = 'browser-viewer-token-3e8a51'
const repoRoot = path.resolve(import.meta.dirname, '../..')
const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next')

export const DIST_DIRS: Record<PagesMode, string> = { local: '.next-test', lake: '.next-test-lake' }
/**
 * The local build as `next build` left it, before any server rendered into it: what a host that
 * brings its own cache serves (tests/pages/local/portable-baseline.test.ts). Copied before our
 * server starts, because our page cache writes what it renders back into its dist dir.
 */
export const BUILD_AS_BUILT = '.next-test-as-built'
/** The stand-in's port is baked into a lake build (NEXT_PUBLIC_*): recorded so a reuse finds it again. */
export const LAKE_STAMP = 'content-lake.json'

/** The editor the Studio journeys sign in as (a session token the stand-in knows, put where the Studio keeps it). */
export const STUDIO_EDITOR = { token: 'studio-editor-session-6e1d', id: 'editor-edna', name: 'Edna Editor', roles: ['editor'] }

/**
 * A Content Lake the way a lake-mode build expects it: the demo dataset as a private dataset
 * (published reads need the read token), the site's tokens valid, CORS for the site's origin.
 */
export function startPagesLake({ port, securePort, siteOrigins }: { port?: number; securePort?: number; siteOrigins: string[] }) {
  return startContentLake({
    port,
    // The site (and the Studio it embeds) reach the lake over HTTPS and HTTP/2, as they reach the real one; tests' own clients over plain HTTP.
    tls: true,
    securePort,
    users: [STUDIO_EDITOR],
    private: true,
    readTokens: [SERVER_ONLY_CANARIES.SANITY_API_READ_TOKEN, BROWSER_TOKEN],
    writeTokens: [SERVER_ONLY_CANARIES.SANITY_API_WRITE_TOKEN],
    corsOrigins: siteOrigins,
  })
}

export function siteEnv(
  distDir: string,
  lake?: Pick<ContentLake, 'apiHost' | 'projectId' | 'dataset'> & Partial<Pick<ContentLake, 'secureApiHost' | 'caFile'>>,
): NodeJS.ProcessEnv {
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
  // Always the bundled demo dataset (directly, or through the stand-in): the tests compare pages with it.
  delete env.SANITY_LOCAL_DATASET
  // One instance on Next's own file cache; tests/scale-out starts the Redis-sharing ones.
  delete env.REDIS_URL
  delete env.NEXT_PUBLIC_SANITY_API_HOST
  delete env.NEXT_PUBLIC_SANITY_PROJECT_ID
  delete env.NEXT_PUBLIC_SANITY_DATASET
  delete env.SANITY_API_BROWSER_TOKEN
  if (lake) {
    env.NEXT_PUBLIC_SANITY_PROJECT_ID = lake.projectId
    env.NEXT_PUBLIC_SANITY_DATASET = lake.dataset
    env.NEXT_PUBLIC_SANITY_API_HOST = lake.secureApiHost ?? lake.apiHost
    env.SANITY_API_BROWSER_TOKEN = BROWSER_TOKEN
    if (lake.caFile) env.NODE_EXTRA_CA_CERTS = lake.caFile
  }
  return env
}

export function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...NEXT_BUILD_ARGS], { cwd: repoRoot, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`next build failed (${signal ?? `exit ${code}`})`))))
  })
}

/** `next start` on `port`, resolved once it answers; `stop()` ends it and everything it forked. */
export async function nextStart(env: NodeJS.ProcessEnv, port: number, logPath: string) {
  const origin = `http://127.0.0.1:${port}`
  const log = createWriteStream(logPath)
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  const killNow = () => killProcessGroup(server, 'SIGKILL')
  process.once('exit', killNow)
  const stop = async () => {
    process.off('exit', killNow)
    if (server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      killProcessGroup(server, 'SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
      killNow()
    }
    log.end()
  }

  const deadline = Date.now() + 60_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}; see ${logPath}`)
    const ready = await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`next start did not answer on ${origin} within 60 s; see ${logPath}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return { origin, stop }
}

export interface LakeStamp {
  lakePort: number
  lakeSecurePort: number
  sitePort: number
}

export function readLakeStamp(distDir: string): LakeStamp | undefined {
  const file = path.join(repoRoot, distDir, LAKE_STAMP)
  if (!existsSync(file)) return undefined
  const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<LakeStamp>
  // A build from before the lake spoke HTTPS has no secure port: it must be built again.
  return stamp.lakeSecurePort ? (stamp as LakeStamp) : undefined
}

export default async function setup(project: TestProject) {
  const mode: PagesMode = project.name === 'pages-lake' ? 'lake' : 'local'
  const distDir = DIST_DIRS[mode]
  const reuse = process.env.PAGE_TESTS_REUSE_BUILD === '1' && existsSync(path.join(repoRoot, distDir, 'BUILD_ID'))
  const stamp = reuse && mode === 'lake' ? readLakeStamp(distDir) : undefined
  const port = stamp?.sitePort ?? (await freePort())
  const origin = `http://127.0.0.1:${port}`

  const lake =
    mode === 'lake' ? await startPagesLake({ port: stamp?.lakePort, securePort: stamp?.lakeSecurePort, siteOrigins: [origin] }) : undefined
  const control = lake ? await serveLakeControl(lake) : undefined
  const env = siteEnv(distDir, lake)
  try {
    if (!reuse || (mode === 'lake' && !stamp)) {
      console.log(`[pages] next build into ${distDir} (${mode} content)…`)
      await nextBuild(env)
      if (mode === 'local') {
        rmSync(path.join(repoRoot, BUILD_AS_BUILT), { recursive: true, force: true })
        // Not Next's build cache (`cache`): gigabytes, and only a build reads it.
        cpSync(path.join(repoRoot, distDir), path.join(repoRoot, BUILD_AS_BUILT), {
          recursive: true,
          filter: (source) => source !== path.join(repoRoot, distDir, 'cache'),
        })
      }
      if (lake)
        writeFileSync(
          path.join(repoRoot, distDir, LAKE_STAMP),
          JSON.stringify({ lakePort: lake.port, lakeSecurePort: lake.securePort!, sitePort: port } satisfies LakeStamp),
        )
    }
    const server = await nextStart(env, port, path.join(repoRoot, distDir, 'next-start.log'))
    project.provide('pagesOrigin', server.origin)
    project.provide('pagesMode', mode)
    project.provide(
      'pagesLake',
      lake && control
        ? {
            apiHost: lake.apiHost,
            secureApiHost: lake.secureApiHost,
            caFile: lake.caFile,
            projectId: lake.projectId,
            dataset: lake.dataset,
            controlUrl: control.url,
          }
        : null,
    )
    return async () => {
      await server.stop()
      await control?.close()
      await lake?.close()
    }
  } catch (error) {
    await control?.close()
    await lake?.close()
    throw error
  }
}
