// `npm run bench`: builds, times and loads the site on the demo dataset and on generated 1,000-
// and 5,000-post datasets, prints a markdown table and writes it to bench/results.md.
//
//   npm run bench                                   # everything (~25 min on 2 cores)
//   npm run bench -- --only query --datasets 5000   # one piece; results merge with earlier runs
//   npm run bench -- --quick                        # 5 s load tests, fewer query samples
//
// Sections: query, build, page (JS/HTML weight), serve (autocannon, beside the minimal Next page,
// that page at our pages' weight and the static ceiling), lighthouse (median of 3, interleaved with the minimal Next page),
// baseline (the minimal page's weight), shared-cache (one instance's requests/s on the post page
// with Next's file cache, then with Redis), soak (60 s × 100 connections over a mix of URLs),
// abuse (issue 30: hostile request classes two at a time, a reader's latency, RSS and cache disk),
// edge (issue 36: Varnish in front, purged by tag: req/s, publish → edge, the site stopped).
// editor (issue 32: the signed-in Studio on the stand-in Content Lake: publish → reader page fresh,
// sign-in → post list, opening the longest post).
// Results of each piece are kept in bench/.work/results.json, so a table can be filled in over
// several partial runs; a full run (no --only/--datasets) starts from scratch.

import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { EDITOR_PUBLISHES, PREVIEW_KEYSTROKES, runEditorBench, type EditorResult } from './editor'
import { ABUSE_REQUESTS_PER_CLASS, RUNTIME_CACHE_FOLDERS, runAbuse, type AbuseResult, type DiskUse } from './abuse'
import { runEdge, type EdgeResult } from './edge'
import { generateDataset, writeExportArchive } from './generate-dataset'
import { chromiumMissingMessage } from '../scripts/chromium.mjs'
import { runLighthouseMedians, type LighthouseScores } from './lighthouse'
import { BASELINE_DIR, MINIMAL_PAGE, SAME_WEIGHT_DIR, buildMinimalApp, buildSameWeightApp, startMinimalApp } from './minimal-next'
import { measurePageWeight, type PageWeight } from './page-weight'
import type { QueryTimingResult } from './query-timing'
import {
  NEXT_BIN,
  PROJECT_ROOT,
  SERVER_NODE_FLAGS,
  TSX_BIN,
  WORK_DIR,
  childEnv,
  formatDuration,
  formatKb,
  formatMb,
  formatMs,
  percentile,
  runCommand,
  startServer,
  treeCpuMs,
  treeRss,
  waitForQuietHost,
  type StartedServer,
} from './support'
import { freePort } from '../scripts/processes'
import { NEXT_BUILD_ARGS } from '../scripts/next-build'
import { startRedisServer } from '../scripts/redis-server'

const SECTIONS = ['query', 'build', 'page', 'serve', 'lighthouse', 'baseline', 'shared-cache', 'soak', 'abuse', 'edge', 'editor'] as const
type Section = (typeof SECTIONS)[number]

/** Issue 9's targets, each against the minimal Next page measured in the same run where it has one. */
const TARGETS = {
  postJsOverMinimalBytes: 12 * 1024,
  postHtmlBytes: 110 * 1024,
  postTbtOverMinimal: 1.2,
  postStyleLayoutMs: 300,
  postRpsShareOfMinimal: 0.4,
  indexRpsShareOfMinimal: 0.85,
  /** Local source at 5,000 posts: p50 per page type, ms. */
  queryP50Ms: { post: 20, home: 20, category: 20, search: 30, sitemap: 60, feed: 60 } as Record<string, number>,
  queryLoadMs: 1500,
  queryRssBytes: 400 * 1024 * 1024,
  /** The 5,000-post build as measured 2026-11-21 (3 min 49 s): no slower. */
  build5000Ms: (3 * 60 + 49) * 1000,
  /** Issue 8's soak: RSS at the end at most this much above RSS after warm-up. */
  soakRssGrowth: 0.2,
  /** Issue 30, under the abuse loop: the cached post's p99 and the server's RSS at its peak. */
  abuseP99Ms: 100,
  abuseRssBytes: 600 * 1024 * 1024,
  /** Issue 36: through Varnish, a share of the static ceiling; publish → edge p50; stale reads after the purge. */
  edgeRpsShareOfStatic: 0.8,
  edgePublishP50Ms: 2_000,
  /** Issue 32: an editor's Publish click → the reader page fresh, p50; a keystroke in Presentation → the preview, p50. */
  publishToFreshP50Ms: 2000,
  keystrokeToPreviewP50Ms: 1000,
}
const LIGHTHOUSE_RUNS = 3
/** Search renders per request (lib/per-request-pages), so it is measured beside the prerendered pages. */
const LIGHTHOUSE_SEARCH_PATH = '/search?q=vitamin'
const RESULTS_MD = path.join(PROJECT_ROOT, 'bench', 'results.md')
const RESULTS_JSON = path.join(WORK_DIR, 'results.json')
/** Post pages live at /blog/<slug>; index pages and categories sit under /blog/page and /blog/category. */
const POST_ROUTE = /^\/blog\/(?!page\/|category\/)[^/]+$/

interface BuildResult {
  ok: boolean
  timedOut: boolean
  ms: number
  peakRssBytes: number
  /** Routes in the prerender manifest. */
  pages: number
  postPages: number
  /** For a build cut off by the time limit: pages written so far, of how many, and a projection. */
  progress?: { written: number; total: number; projectedMs: number }
  error?: string
}

interface ServingResult {
  /**
   * `minimal`: the minimal Next.js page (measureBaseline), served by its own `next start`; `… weight`:
   * the minimal page as heavy as our post or index (bench/minimal-next.ts).
   */
  page: 'post' | 'index' | 'minimal' | 'minimal at post weight' | 'minimal at index weight'
  path: string
  server: 'next start' | 'static files'
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  requests: number
  /** The server's CPU time (its process tree, user + system) per request answered; absent for older runs. */
  cpuMsPerRequest?: number
}

interface SharedCacheResult {
  cache: 'file system' | 'Redis'
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  requests: number
}

interface SoakResult {
  seconds: number
  connections: number
  warmupSeconds: number
  requests: number
  requestsPerSecond: number
  p50: number
  p99: number
  /** Connection errors and timeouts. */
  errors: number
  /** Per URL: the status it should answer and how often each status came back. */
  urls: Array<{ path: string; expected: number; statuses: Record<string, number> }>
  /** Summed RSS of the server's process tree after the warm-up and at the end. */
  rssAfterWarmupBytes: number
  rssAtEndBytes: number
}

interface DatasetResults {
  posts?: number
  query?: QueryTimingResult
  build?: BuildResult
  page?: PageWeight & { path: string }
  serving?: { seconds: number; connections: number; results: ServingResult[] }
  lighthouse?: LighthouseScores[]
  /** The minimal Next.js page, measured interleaved with `lighthouse`. */
  lighthouseBaseline?: LighthouseScores
  soak?: SoakResult
  abuse?: AbuseResult
  edge?: EdgeResult
  sharedCache?: { seconds: number; connections: number; path: string; results: SharedCacheResult[] }
  errors?: Partial<Record<Section, string>>
  /** 1-minute load average when each section started: other work on the machine skews timings. */
  load?: Partial<Record<Section, number>>
}

interface Store {
  datasets: Record<string, DatasetResults>
  baseline?: PageWeight
  editor?: EditorResult
  editorError?: string
  lastRun?: { at: string; command: string; ms: number }
}

// ---------------------------------------------------------------------------------------------
// Options

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    datasets: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'build-timeout': { type: 'string', default: '7' },
    'serve-on': { type: 'string', default: 'demo' },
    fresh: { type: 'boolean', default: false },
    'render-only': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(`npm run bench -- [--only ${SECTIONS.join(',')}] [--datasets demo,1000,5000] [--quick]
  [--build-timeout <minutes per build, default 7>] [--serve-on <dataset for autocannon and Lighthouse, default demo>] [--fresh]
  [--render-only: rewrite bench/results.md from the stored results without measuring]`)
  process.exit(0)
}

const sections = new Set<Section>(
  (values.only ?? SECTIONS.join(',')).split(',').map((name) => {
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`--only: unknown section "${name}" (one of ${SECTIONS.join(', ')})`)
    return name as Section
  }),
)
const datasetNames = (values.datasets ?? 'demo,1000,5000').split(',').map((name) => {
  if (name !== 'demo' && !/^[1-9]\d*$/.test(name)) throw new Error(`--datasets: "${name}" is neither "demo" nor a post count`)
  return name === 'demo' ? 'demo' : `posts-${name}`
})
const serveOn = values['serve-on'] === 'demo' ? 'demo' : `posts-${values['serve-on']}`
const quick = values.quick
const buildTimeoutMs = Number(values['build-timeout']) * 60_000
const autocannonSeconds = quick ? 5 : 30
const AUTOCANNON_CONNECTIONS = 50
const fullRun = !values.only && !values.datasets && !values['render-only']

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

/** Before an absolute timing: let whatever ran before it (a build, a dataset generation) wind down. */
async function quietHost(dataset: string) {
  const waitedMs = await waitForQuietHost()
  if (waitedMs > 1500) log(`${dataset}: waited ${formatDuration(waitedMs)} for the host's CPUs to go idle`)
}

// ---------------------------------------------------------------------------------------------
// Datasets

const distDir = (dataset: string) => `.next-bench-${dataset}`
const archivePath = (dataset: string) => path.join(WORK_DIR, `${dataset}.tar.gz`)

/** SANITY_LOCAL_DATASET for a dataset: unset for the bundled demo, a generated archive otherwise. */
async function datasetEnv(dataset: string): Promise<string | undefined> {
  if (dataset === 'demo') return undefined
  const file = archivePath(dataset)
  if (!existsSync(file)) {
    const posts = Number(dataset.replace('posts-', ''))
    log(`generating ${posts}-post dataset → ${path.relative(PROJECT_ROOT, file)}`)
    await writeExportArchive(file, generateDataset({ posts }))
  }
  return file
}

// ---------------------------------------------------------------------------------------------
// Query timing (a child process per dataset, so its load time and RSS are its own)

/**
 * Fresh processes per dataset, each figure the median of theirs: on this host one process's
 * figures move by up to half from run to run (what else the VM's CPUs are doing), far more than
 * a change here would, so one process alone cannot tell a regression from a bad minute.
 */
const QUERY_TIMING_RUNS = 3

async function measureQueries(dataset: string, localDataset: string | undefined): Promise<QueryTimingResult> {
  const runs: QueryTimingResult[] = []
  for (let i = 0; i < (quick ? 1 : QUERY_TIMING_RUNS); i++) runs.push(await measureQueriesOnce(dataset, localDataset))
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!
  const first = runs[0]!
  return {
    ...first,
    loadMs: median(runs.map((run) => run.loadMs)),
    rssBytes: median(runs.map((run) => run.rssBytes)),
    pageTypes: Object.fromEntries(
      Object.entries(first.pageTypes).map(([name, timing]) => {
        const timings = runs.map((run) => run.pageTypes[name] ?? timing)
        return [
          name,
          {
            ...timing,
            samples: timings.reduce((sum, each) => sum + each.samples, 0),
            p50: median(timings.map((each) => each.p50)),
            p95: median(timings.map((each) => each.p95)),
            errors: timings.reduce((sum, each) => sum + each.errors, 0),
          },
        ]
      }),
    ),
  }
}

async function measureQueriesOnce(dataset: string, localDataset: string | undefined): Promise<QueryTimingResult> {
  const run = await runCommand(
    process.execPath,
    [
      TSX_BIN,
      'bench/query-timing.ts',
      ...(localDataset ? ['--dataset', localDataset] : []),
      '--samples',
      quick ? '8' : '30',
      '--budget',
      quick ? '10' : '20',
    ],
    { env: childEnv({ NODE_ENV: 'production' }), timeoutMs: 15 * 60_000, echo: true },
  )
  const line = run.output.split('\n').find((text) => text.startsWith('BENCH_RESULT '))
  if (!line) throw new Error(`query timing for ${dataset} failed (exit ${run.code}):\n${run.output.slice(-2000)}`)
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as QueryTimingResult
}

// ---------------------------------------------------------------------------------------------
// Build

/** Prerendered outputs on disk: pages (.html) and route handlers such as OG images (.body). */
async function countPrerenderedFiles(folder: string): Promise<number> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((entry) => entry.isFile() && /\.(html|body)$/.test(entry.name) && !/^_(not-found|global-error)\./.test(entry.name))
    .length
}

interface PrerenderManifest {
  routes: Record<string, { htmlSize?: number }>
}

async function readManifest(dataset: string): Promise<PrerenderManifest | undefined> {
  const file = path.join(PROJECT_ROOT, distDir(dataset), 'prerender-manifest.json')
  return JSON.parse(await readFile(file, 'utf8').catch(() => 'null')) ?? undefined
}

async function buildSite(dataset: string, localDataset: string | undefined): Promise<BuildResult> {
  const dist = distDir(dataset)
  // A cold build, as a fresh CI checkout gets: no compiler cache, no data cache from a last run.
  await rm(path.join(PROJECT_ROOT, dist), { recursive: true, force: true })
  let generationStartMs: number | undefined
  let reported = { done: 0, total: 0 }
  const run = await runCommand(process.execPath, [NEXT_BIN, ...NEXT_BUILD_ARGS], {
    // A production build needs the site's origin (next.config.js); the servers started on it keep the build's.
    env: childEnv({
      NEXT_DIST_DIR: dist,
      SANITY_LOCAL_DATASET: localDataset,
      NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000',
    }),
    timeoutMs: buildTimeoutMs,
    onOutput(text, elapsedMs) {
      // "Generating static pages using 1 worker (1280/5120)": Next reports at 0, 25, 50, 75 %.
      for (const match of text.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)) {
        generationStartMs ??= elapsedMs
        reported = { done: Number(match[1]), total: Number(match[2]) }
      }
    },
  })
  const manifest = run.code === 0 ? await readManifest(dataset) : undefined
  const routes = Object.keys(manifest?.routes ?? {})
  const result: BuildResult = {
    ok: run.code === 0,
    timedOut: run.timedOut,
    ms: run.ms,
    peakRssBytes: run.peakRssBytes,
    pages: routes.length,
    postPages: routes.filter((route) => POST_ROUTE.test(route)).length,
  }
  if (run.timedOut && reported.total > 0) {
    const written = Math.max(reported.done, await countPrerenderedFiles(path.join(PROJECT_ROOT, dist, 'server', 'app')))
    const generatingMs = run.ms - (generationStartMs ?? run.ms)
    result.progress = {
      written,
      total: reported.total,
      projectedMs: written > 0 ? (generationStartMs ?? 0) + (generatingMs * reported.total) / written : Number.NaN,
    }
  }
  if (!result.ok && !run.timedOut)
    result.error = run.output
      .split('\n')
      .filter((line) => line.trim())
      .slice(-15)
      .join('\n')
  return result
}

// ---------------------------------------------------------------------------------------------
// Serving

/** `redisUrl`: share the cache through that Redis (lib/cache-handler); unset, Next's own file cache. */
async function startNext(
  dataset: string,
  localDataset: string | undefined,
  redisUrl?: string,
): Promise<StartedServer & { origin: string }> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const server = await startServer(
    process.execPath,
    [...SERVER_NODE_FLAGS, NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'],
    `${origin}/`,
    {
      env: childEnv({ NEXT_DIST_DIR: distDir(dataset), SANITY_LOCAL_DATASET: localDataset, REDIS_URL: redisUrl }),
    },
  )
  return Object.assign(server, { origin })
}

/** The post page to measure: the heaviest prerendered one (the longest article, most citations). */
async function pickPostPath(dataset: string): Promise<string | undefined> {
  const manifest = await readManifest(dataset)
  const posts = Object.entries(manifest?.routes ?? {}).filter(([route]) => POST_ROUTE.test(route))
  posts.sort(([a, left], [b, right]) => (right.htmlSize ?? 0) - (left.htmlSize ?? 0) || a.localeCompare(b))
  return posts[0]?.[0]
}

async function loadTest(origin: string, pathname: string, serverPid?: number): Promise<Omit<ServingResult, 'page' | 'server' | 'path'>> {
  const url = new URL(pathname, origin).href
  // Warm the route (first render, cache fill) before timing it.
  await fetch(url).then((response) => response.arrayBuffer())
  const cpuBefore = serverPid === undefined ? undefined : await treeCpuMs(serverPid)
  const result = await autocannon({
    url,
    connections: AUTOCANNON_CONNECTIONS,
    duration: autocannonSeconds,
    headers: { 'accept-encoding': 'gzip' },
  })
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result['2xx'] + result.non2xx,
    cpuMsPerRequest:
      cpuBefore === undefined ? undefined : ((await treeCpuMs(serverPid!)) - cpuBefore) / Math.max(1, result['2xx'] + result.non2xx),
  }
}

// ---------------------------------------------------------------------------------------------
// Soak (issue 8): the URLs readers and crawlers hit, mixed, long enough to show a leak.

const SOAK_CONNECTIONS = 100
/** A slug no dataset has: the designed 404, rendered once, then answered from the page cache. */
const SOAK_MISSING_POST = '/blog/no-such-post-in-the-soak'

async function soakUrls(dataset: string, postPath: string | undefined): Promise<Array<{ path: string; expected: number }>> {
  const routes = Object.keys((await readManifest(dataset))?.routes ?? {}).sort()
  const category = routes.find((route) => /^\/blog\/category\/[^/]+$/.test(route))
  return [
    { path: postPath ?? '/blog', expected: 200 },
    { path: '/', expected: 200 },
    { path: '/blog', expected: 200 },
    ...(category ? [{ path: category, expected: 200 }] : []),
    { path: '/search?q=vitamin', expected: 200 },
    { path: SOAK_MISSING_POST, expected: 404 },
    { path: '/feed.xml', expected: 200 },
  ]
}

/** A warm-up over the same mix (caches filled, JIT warm), RSS, then the soak itself, RSS again. */
async function soak(
  server: StartedServer & { origin: string },
  urls: Array<{ path: string; expected: number }>,
  seconds: number,
  warmupSeconds: number,
): Promise<SoakResult> {
  let tallies = urls.map(() => ({}) as Record<string, number>)
  const run = (duration: number) =>
    autocannon({
      url: server.origin,
      connections: SOAK_CONNECTIONS,
      duration,
      headers: { 'accept-encoding': 'gzip' },
      requests: urls.map((url, index) => ({
        method: 'GET',
        path: url.path,
        // autocannon reports a response cut off by its timeout with no status.
        onResponse: (status: number | undefined) => void (tallies[index]![status ?? 'none'] = (tallies[index]![status ?? 'none'] ?? 0) + 1),
      })),
    })
  // Each URL once on its own first: the 404 and search render, the page cache fills.
  for (const url of urls) await fetch(new URL(url.path, server.origin)).then((response) => response.arrayBuffer())
  await run(warmupSeconds)
  const rssAfterWarmupBytes = await treeRss(server.child.pid!)
  tallies = urls.map(() => ({}))
  const result = await run(seconds)
  const rssAtEndBytes = await treeRss(server.child.pid!)
  return {
    seconds,
    connections: SOAK_CONNECTIONS,
    warmupSeconds,
    requests: result['2xx'] + result.non2xx,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    urls: urls.map((url, index) => ({ ...url, statuses: tallies[index]! })),
    rssAfterWarmupBytes,
    rssAtEndBytes,
  }
}

/** Every class sent all its requests with no errors and no answer breaking its rule; the reader's p99 and the RSS within bounds. */
const abusePassed = (abuse: AbuseResult) =>
  abuse.probe.p99 < TARGETS.abuseP99Ms &&
  abuse.probe.failed === 0 &&
  abuse.rss.peakBytes < TARGETS.abuseRssBytes &&
  abuse.classes.every((each) => each.sent === abuse.requestsPerClass && each.errors === 0 && each.failures === 0)

const formatDisk = (use: DiskUse) => `${formatMb(use.bytes)} in ${use.files.toLocaleString('en')} files`

/** Every answer the URL it came from should give, and RSS within the bound. */
const soakPassed = (soak: SoakResult) =>
  soak.errors === 0 &&
  soak.urls.every((url) => Object.keys(url.statuses).every((status) => Number(status) === url.expected)) &&
  soak.rssAtEndBytes <= soak.rssAfterWarmupBytes * (1 + TARGETS.soakRssGrowth)

// ---------------------------------------------------------------------------------------------
// Baseline: a minimal Next.js 16 App Router page, built with the project's own node_modules.

let baselineBuild: Promise<void> | undefined

/** Builds the minimal page once per run: the weight, serving and Lighthouse sections share it. */
function buildBaseline(): Promise<void> {
  baselineBuild ??= (async () => {
    log('baseline: next build of the minimal Next.js App Router page')
    await buildMinimalApp(BASELINE_DIR, MINIMAL_PAGE)
  })()
  return baselineBuild
}

/** `next start` of the minimal page: the floor Next.js itself sets for serving and Lighthouse. */
async function startBaseline(): Promise<StartedServer & { origin: string }> {
  await buildBaseline()
  return startMinimalApp(BASELINE_DIR)
}

async function measureBaseline(): Promise<PageWeight> {
  const server = await startBaseline()
  try {
    return await measurePageWeight(server.origin, '/')
  } finally {
    await server.stop()
  }
}

// ---------------------------------------------------------------------------------------------
// The run

async function loadStore(): Promise<Store> {
  if (fullRun || values.fresh) return { datasets: {} }
  return JSON.parse(await readFile(RESULTS_JSON, 'utf8').catch(() => '{"datasets":{}}')) as Store
}

async function main() {
  const started = performance.now()
  await mkdir(WORK_DIR, { recursive: true })
  const store = await loadStore()
  const save = () => writeFile(RESULTS_JSON, JSON.stringify(store, null, 2))
  if (values['render-only']) {
    await writeFile(RESULTS_MD, renderMarkdown(store))
    console.log(renderMarkdown(store))
    return
  }

  if (sections.has('lighthouse')) {
    const missing = chromiumMissingMessage()
    if (missing) {
      console.error(missing)
      sections.delete('lighthouse')
    }
  }

  for (const dataset of datasetNames) {
    const results: DatasetResults = (store.datasets[dataset] ??= {})
    const failed = (section: Section, error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      log(`${dataset} ${section} failed: ${message.split('\n')[0]}`)
      ;(results.errors ??= {})[section] = message.slice(0, 2000)
    }
    const localDataset = await datasetEnv(dataset)
    const noteLoad = (section: Section) => ((results.load ??= {})[section] = os.loadavg()[0]!)

    if (sections.has('query')) {
      await quietHost(dataset)
      log(`${dataset}: query timing`)
      noteLoad('query')
      try {
        results.query = await measureQueries(dataset, localDataset)
        results.posts = results.query.posts
        delete results.errors?.query
      } catch (error) {
        failed('query', error)
      }
      await save()
    }

    if (sections.has('build')) {
      await quietHost(dataset)
      log(`${dataset}: next build → ${distDir(dataset)} (limit ${formatDuration(buildTimeoutMs)})`)
      noteLoad('build')
      // Weights and errors measured on an earlier build no longer describe this one.
      delete results.page
      delete results.errors?.page
      results.build = await buildSite(dataset, localDataset)
      log(
        `${dataset}: build ${results.build.ok ? 'ok' : results.build.timedOut ? 'timed out' : 'FAILED'} in ${formatDuration(results.build.ms)}, ${results.build.pages} pages`,
      )
      await save()
    }

    const wantsServer =
      sections.has('page') ||
      (dataset === serveOn &&
        (sections.has('serve') ||
          sections.has('lighthouse') ||
          sections.has('shared-cache') ||
          sections.has('soak') ||
          sections.has('abuse') ||
          sections.has('edge')))
    if (!wantsServer) continue
    // The prerender manifest is written last, so its presence means the build completed.
    if ((results.build && !results.build.ok) || !existsSync(path.join(PROJECT_ROOT, distDir(dataset), 'prerender-manifest.json'))) {
      failed(
        'page',
        new Error(`no completed build in ${distDir(dataset)}${results.build?.timedOut ? ' (the build hit its time limit)' : ''}`),
      )
      await save()
      continue
    }
    const postPath = await pickPostPath(dataset)
    let next: Awaited<ReturnType<typeof startNext>> | undefined
    try {
      if (sections.has('page')) {
        try {
          next ??= await startNext(dataset, localDataset)
          if (!postPath) throw new Error('the build prerendered no /blog/<slug> post page')
          results.page = { ...(await measurePageWeight(next.origin, postPath)), path: postPath }
          delete results.errors?.page
        } catch (error) {
          failed('page', error)
        }
      }
      if (dataset === serveOn && sections.has('serve')) {
        try {
          const targets = [
            { page: 'post', path: postPath ?? '/blog' },
            { page: 'index', path: '/blog' },
          ] as const
          const serving: ServingResult[] = []
          next ??= await startNext(dataset, localDataset)
          // The minimal page as heavy as each of ours, built from our own HTML (bench/minimal-next.ts).
          const ourHtml = async (pathname: string) =>
            (await fetch(new URL(pathname, next!.origin), { headers: { 'accept-encoding': 'identity' } })).text()
          log(`${dataset}: next build of the minimal page at our pages' weight`)
          await buildSameWeightApp({ 'post-weight': await ourHtml(targets[0].path), 'index-weight': await ourHtml(targets[1].path) })
          // The floor Next.js itself sets, between our pages so that a change in host load falls on
          // every ratio alike.
          const minimal = await startBaseline()
          const sameWeight = await startMinimalApp(SAME_WEIGHT_DIR, '/post-weight')
          try {
            noteLoad('serve')
            for (const [target, server] of [
              [targets[0], next],
              [{ page: 'minimal', path: '/' }, minimal],
              [{ page: 'minimal at post weight', path: '/post-weight' }, sameWeight],
              [targets[1], next],
              [{ page: 'minimal at index weight', path: '/index-weight' }, sameWeight],
            ] as const) {
              log(`${dataset}: autocannon next start ${target.page} ${target.path} (${autocannonSeconds} s)`)
              serving.push({ ...target, server: 'next start', ...(await loadTest(server.origin, target.path, server.child.pid)) })
            }
          } finally {
            await Promise.all([minimal.stop(), sameWeight.stop()])
          }
          // The ceiling, in the same run and on the same machine: the same HTML from plain node:http.
          await next.stop()
          next = undefined
          const port = await freePort()
          const staticServer = await startServer(
            process.execPath,
            [TSX_BIN, 'bench/static-server.ts', '--dist', distDir(dataset), '--port', String(port)],
            `http://127.0.0.1:${port}/`,
          )
          try {
            for (const target of targets) {
              log(`${dataset}: autocannon static ${target.path} (${autocannonSeconds} s)`)
              serving.push({
                ...target,
                server: 'static files',
                ...(await loadTest(`http://127.0.0.1:${port}`, target.path, staticServer.child.pid)),
              })
            }
          } finally {
            await staticServer.stop()
          }
          results.serving = { seconds: autocannonSeconds, connections: AUTOCANNON_CONNECTIONS, results: serving }
          delete results.errors?.serve
        } catch (error) {
          failed('serve', error)
        }
      }
      if (dataset === serveOn && sections.has('shared-cache')) {
        // The same build, one instance at a time: what sharing through Redis costs per request.
        await next?.stop()
        next = undefined
        const pathname = postPath ?? '/blog'
        noteLoad('shared-cache')
        try {
          const redis = await startRedisServer()
          try {
            const rows: SharedCacheResult[] = []
            for (const cache of ['file system', 'Redis'] as const) {
              log(`${dataset}: autocannon next start ${pathname}, ${cache} cache (${autocannonSeconds} s)`)
              const server = await startNext(dataset, localDataset, cache === 'Redis' ? redis.url : undefined)
              try {
                rows.push({ cache, ...(await loadTest(server.origin, pathname)) })
              } finally {
                await server.stop()
              }
            }
            results.sharedCache = { seconds: autocannonSeconds, connections: AUTOCANNON_CONNECTIONS, path: pathname, results: rows }
            delete results.errors?.['shared-cache']
          } finally {
            await redis.close()
          }
        } catch (error) {
          failed('shared-cache', error)
        }
      }
      if (dataset === serveOn && sections.has('lighthouse')) {
        try {
          next ??= await startNext(dataset, localDataset)
          const paths = ['/', '/blog', postPath ?? '/blog', LIGHTHOUSE_SEARCH_PATH]
          const runs = quick ? 1 : LIGHTHOUSE_RUNS
          const minimal = await startBaseline()
          try {
            log(`${dataset}: Lighthouse ${paths.join(' ')} and the minimal Next page, ${runs} × interleaved`)
            noteLoad('lighthouse')
            const [baseline, ...ours] = await runLighthouseMedians(
              [`${minimal.origin}/`, ...paths.map((pathname) => new URL(pathname, next!.origin).href)],
              runs,
            )
            for (const score of ours) score.url = new URL(score.url).pathname
            results.lighthouse = ours
            results.lighthouseBaseline = { ...baseline!, url: '/' }
          } finally {
            await minimal.stop()
          }
          delete results.errors?.lighthouse
        } catch (error) {
          failed('lighthouse', error)
        }
      }
      if (dataset === serveOn && sections.has('soak')) {
        // A fresh server, so its RSS is the soak's and no other section's.
        await next?.stop()
        next = undefined
        try {
          const seconds = quick ? 10 : 60
          // 30 s: a fresh server's heap is still growing to its working size for the first ~30 s
          // under this load, then flat (3 min at 375 ± 2 MB, 2026-12-03); a shorter warm-up
          // counts that settling as growth.
          const warmupSeconds = quick ? 5 : 30
          const urls = await soakUrls(dataset, postPath)
          next = await startNext(dataset, localDataset)
          log(
            `${dataset}: soak, ${SOAK_CONNECTIONS} connections, ${warmupSeconds} s warm-up + ${seconds} s over ${urls.map((url) => url.path).join(' ')}`,
          )
          noteLoad('soak')
          results.soak = await soak(next, urls, seconds, warmupSeconds)
          delete results.errors?.soak
        } catch (error) {
          failed('soak', error)
        }
      }
      if (dataset === serveOn && sections.has('edge')) {
        // Its own server (configured to purge the Varnish in front), reading a copy of the dataset it edits.
        await next?.stop()
        next = undefined
        try {
          const datasetCopy = path.join(WORK_DIR, 'edge-dataset.ndjson')
          const source = localDataset ?? path.join(PROJECT_ROOT, 'content', 'demo', 'data.ndjson')
          if (!source.endsWith('.ndjson')) throw new Error(`the edge section edits an .ndjson dataset; ${dataset} is ${source}`)
          await copyFile(source, datasetCopy)
          noteLoad('edge')
          results.edge = await runEdge({
            startSite: async (port, env) => {
              const origin = `http://127.0.0.1:${port}`
              const server = await startServer(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], `${origin}/`, {
                env: childEnv({ NEXT_DIST_DIR: distDir(dataset), SANITY_LOCAL_DATASET: datasetCopy, ...env }),
              })
              return Object.assign(server, { origin })
            },
            startStatic: async () => {
              const port = await freePort()
              const origin = `http://127.0.0.1:${port}`
              const server = await startServer(
                process.execPath,
                [TSX_BIN, 'bench/static-server.ts', '--dist', distDir(dataset), '--port', String(port)],
                `${origin}/`,
              )
              return Object.assign(server, { origin })
            },
            loadTest: (origin, pathname) => loadTest(origin, pathname),
            freePort,
            datasetCopy,
            postPath: postPath ?? '/blog',
            heldPaths: (await soakUrls(dataset, postPath))
              .filter((url) => url.expected === 200 && !url.path.startsWith('/search'))
              .map((url) => url.path),
            publishes: 10,
            downSeconds: quick ? 10 : 60,
            log: (message) => log(`${dataset}: ${message}`),
          })
          delete results.errors?.edge
        } catch (error) {
          failed('edge', error)
        }
      }
      if (dataset === serveOn && sections.has('abuse')) {
        // Last, on a fresh server: it leaves the build's caches fuller, and its RSS is its own.
        await next?.stop()
        next = undefined
        try {
          next = await startNext(dataset, localDataset)
          noteLoad('abuse')
          const pages = Object.keys((await readManifest(dataset))?.routes ?? {}).filter((route) => !route.startsWith('/_'))
          results.abuse = await runAbuse({
            origin: next.origin,
            serverPid: next.child.pid!,
            distDir: path.join(PROJECT_ROOT, distDir(dataset)),
            postPath: postPath ?? '/blog',
            pages,
            log: (message) => log(`${dataset}: ${message}`),
          })
          delete results.errors?.abuse
        } catch (error) {
          failed('abuse', error)
        }
      }
    } catch (error) {
      failed('page', error)
    } finally {
      await next?.stop()
    }
    await save()
  }

  if (sections.has('baseline')) {
    log('baseline: minimal Next.js App Router page')
    try {
      store.baseline = await measureBaseline()
    } catch (error) {
      log(`baseline failed: ${error instanceof Error ? error.message : error}`)
    }
  }

  if (sections.has('editor')) {
    log(`editor: the signed-in Studio on the stand-in Content Lake, ${EDITOR_PUBLISHES} publishes`)
    try {
      store.editor = await runEditorBench(log)
      delete store.editorError
    } catch (error) {
      store.editorError = error instanceof Error ? error.message : String(error)
      log(`editor failed: ${store.editorError}`)
    }
  }

  store.lastRun = {
    at: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    ms: performance.now() - started,
  }
  await save()
  const markdown = renderMarkdown(store)
  await writeFile(RESULTS_MD, markdown)
  console.log(markdown)
}

// ---------------------------------------------------------------------------------------------
// Markdown

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
const table = (header: string[], rows: Array<Array<string | number>>) =>
  [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n')
const scriptFilesGzip = (page: PageWeight) => page.scripts.reduce((sum, script) => sum + script.gzip, 0)
const jsCell = (page: PageWeight) =>
  `${formatKb(page.jsGzip)} = ${formatKb(scriptFilesGzip(page))} in ${page.scripts.length} files + ${formatKb(page.inlineScripts.gzip)} in ${page.inlineScripts.count} inline`
const jsDeltaCell = (page: PageWeight, baseline: PageWeight) =>
  `**${formatKb(page.jsGzip - baseline.jsGzip)}** = ${formatKb(scriptFilesGzip(page) - scriptFilesGzip(baseline))} + ${formatKb(page.inlineScripts.gzip - baseline.inlineScripts.gzip)}`
const formatLoad = (load: number | undefined) => (load === undefined ? '–' : load.toFixed(1))
const datasetLabel = (dataset: string, results: DatasetResults) =>
  dataset === 'demo'
    ? `demo (${results.posts ?? results.build?.postPages ?? '?'} posts)`
    : `${Number(dataset.replace('posts-', '')).toLocaleString('en')} posts`

function buildCell(build: BuildResult | undefined): string {
  if (!build) return '–'
  if (build.ok) return formatDuration(build.ms)
  if (build.timedOut) {
    const progress = build.progress
    return progress
      ? `stopped at the ${formatDuration(build.ms)} limit with ${progress.written} of ${progress.total} pages written; ~${formatDuration(progress.projectedMs)} projected at that rate`
      : `stopped at the ${formatDuration(build.ms)} limit while compiling`
  }
  return 'failed'
}

function renderMarkdown(store: Store): string {
  const datasets = Object.entries(store.datasets).sort(([a], [b]) =>
    a === 'demo' ? -1 : b === 'demo' ? 1 : Number(a.slice(6)) - Number(b.slice(6)),
  )
  const baselineJs = store.baseline?.jsGzip
  const lines: string[] = [
    '# Benchmark results',
    '',
    `Machine: ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${os.cpus().length}, ${formatMb(os.totalmem())} RAM, Node ${process.version}. ` +
      `Sections measured in separate runs are merged; most recent run ${store.lastRun?.at.slice(0, 16).replace('T', ' ') ?? '?'} UTC (\`${store.lastRun?.command ?? 'npm run bench'}\`, ${formatDuration(store.lastRun?.ms ?? 0)}).`,
    `Host load: the 1-minute load average when a measurement started (this machine has ${os.cpus().length} cores; anything near or above that means other work competed for the CPU and timings are inflated).`,
    'Generated datasets: `npx tsx bench/generate-dataset.ts --posts N` (seed `bench`), `sanity dataset export` format, read through the local source (`SANITY_LOCAL_DATASET`).',
    '',
  ]

  // Targets first (issue 9's table, then issue 8's soak): what a reader of this file wants to know.
  // Every ratio is to the minimal Next page measured in the same run.
  const served = store.datasets[serveOn]
  const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✅ met' : '❌ missed')
  const percent = (ratio: number) => `${Math.round(100 * ratio)} %`
  const [homeLh, indexLh, postLh, searchLh] = served?.lighthouse ?? []
  const minimalLh = served?.lighthouseBaseline
  const lighthouseOurs = [homeLh, indexLh, postLh, searchLh].filter((s): s is LighthouseScores => s !== undefined)
  const otherCategories = lighthouseOurs.flatMap((s) => [s.accessibility, s.bestPractices, s.seo])
  const postPage = served?.page
  const postJs = postPage?.jsGzip
  // Stored results from before the figure existed have none.
  const styleLayoutMs = postLh?.styleLayoutMs ?? Number.NaN
  const rps = (page: ServingResult['page']) => served?.serving?.results.find((s) => s.page === page && s.server === 'next start')
  const servingRow = (page: 'post' | 'index', label: string, share: number) => {
    const ours = rps(page)
    const minimal = rps('minimal')
    if (!ours || !minimal) return [label, 'not measured', '–']
    const ratio = ours.requestsPerSecond / minimal.requestsPerSecond
    const errors = ours.errors + ours.non2xx + minimal.errors + minimal.non2xx
    const sameWeight = rps(page === 'post' ? 'minimal at post weight' : 'minimal at index weight')
    const floor = sameWeight
      ? `; the minimal page at this page's weight: ${percent(sameWeight.requestsPerSecond / minimal.requestsPerSecond)}`
      : ''
    return [
      label,
      `${Math.round(ours.requestsPerSecond)} / ${Math.round(minimal.requestsPerSecond)} req/s = ${percent(ratio)}, ${errors} errors/non-2xx (load ${formatLoad(served?.load?.serve)})${floor}`,
      mark(ratio >= share && errors === 0),
    ]
  }
  const large = store.datasets['posts-5000']
  const queryTargets = Object.entries(TARGETS.queryP50Ms)
  const queryP50 = (type: string) => large?.query?.pageTypes[type]?.p50 ?? Number.NaN
  const soakResult = served?.soak
  const abuse = served?.abuse
  const publishes = [...(store.editor?.publishToFreshMs ?? [])].sort((a, b) => a - b)
  const publishP50 = publishes.length ? percentile(publishes, 50) : undefined
  const keystrokes = [...(store.editor?.keystrokeToPreviewMs ?? [])].sort((a, b) => a - b)
  const keystrokeP50 = keystrokes.length ? percentile(keystrokes, 50) : undefined
  lines.push(
    '## Targets',
    '',
    table(
      ['target', 'measured', ''],
      [
        [
          `Lighthouse mobile performance (median of ${LIGHTHOUSE_RUNS}) on home / index / post / search ≥ the minimal Next page's, same run; accessibility, best practices, SEO 100`,
          lighthouseOurs.length === 4 && minimalLh
            ? `${lighthouseOurs.map((s) => s.performance).join(' / ')} vs ${minimalLh.performance}; other categories lowest ${Math.min(...otherCategories)} (load ${formatLoad(served?.load?.lighthouse)})`
            : 'not measured',
          mark(
            lighthouseOurs.length === 4 && minimalLh
              ? lighthouseOurs.every((s) => s.performance >= minimalLh.performance) && Math.min(...otherCategories) === 100
              : undefined,
          ),
        ],
        [
          `Total Blocking Time, post ÷ minimal Next page (medians) ≤ ${TARGETS.postTbtOverMinimal}×`,
          postLh && minimalLh
            ? `${formatMs(postLh.tbtMs)} / ${formatMs(minimalLh.tbtMs)} = ${(postLh.tbtMs / minimalLh.tbtMs).toFixed(2)}×`
            : 'not measured',
          mark(postLh && minimalLh ? postLh.tbtMs <= TARGETS.postTbtOverMinimal * minimalLh.tbtMs : undefined),
        ],
        [
          `Style and layout on the post (Lighthouse main-thread breakdown, median) ≤ ${TARGETS.postStyleLayoutMs} ms`,
          Number.isNaN(styleLayoutMs) ? 'not measured' : formatMs(styleLayoutMs),
          mark(Number.isNaN(styleLayoutMs) ? undefined : styleLayoutMs <= TARGETS.postStyleLayoutMs),
        ],
        [
          `Post page HTML raw ≤ ${formatKb(TARGETS.postHtmlBytes)}`,
          postPage ? `${formatKb(postPage.htmlBytes)} (\`${postPage.path}\`)` : 'not measured',
          mark(postPage ? postPage.htmlBytes <= TARGETS.postHtmlBytes : undefined),
        ],
        [
          `Post page JS gzip (files + inline) ≤ minimal Next page + ${formatKb(TARGETS.postJsOverMinimalBytes)}`,
          postJs !== undefined && baselineJs !== undefined
            ? `${formatKb(postJs)} − ${formatKb(baselineJs)} = ${formatKb(postJs - baselineJs)}`
            : 'not measured',
          mark(postJs !== undefined && baselineJs !== undefined ? postJs - baselineJs <= TARGETS.postJsOverMinimalBytes : undefined),
        ],
        servingRow(
          'post',
          `\`next start\` req/s, post ÷ minimal Next page (${AUTOCANNON_CONNECTIONS} connections, same run) ≥ ${percent(TARGETS.postRpsShareOfMinimal)}, 0 errors`,
          TARGETS.postRpsShareOfMinimal,
        ),
        servingRow('index', `same for \`/blog\` ≥ ${percent(TARGETS.indexRpsShareOfMinimal)}, 0 errors`, TARGETS.indexRpsShareOfMinimal),
        [
          `Local source, 5,000 posts, p50: ${queryTargets.map(([type]) => type).join(' / ')} ≤ ${queryTargets.map(([, ms]) => ms).join(' / ')} ms`,
          large?.query
            ? `${queryTargets.map(([type]) => formatMs(queryP50(type))).join(' / ')} (load ${formatLoad(large.load?.query)})`
            : 'not measured',
          mark(large?.query ? queryTargets.every(([type, ms]) => queryP50(type) <= ms) : undefined),
        ],
        [
          `Local source, 5,000 posts: load ≤ ${formatMs(TARGETS.queryLoadMs)}, RSS ≤ ${formatMb(TARGETS.queryRssBytes)}`,
          large?.query ? `${formatMs(large.query.loadMs)}, ${formatMb(large.query.rssBytes)}` : 'not measured',
          mark(large?.query ? large.query.loadMs <= TARGETS.queryLoadMs && large.query.rssBytes <= TARGETS.queryRssBytes : undefined),
        ],
        [
          `5,000-post build no slower than ${formatDuration(TARGETS.build5000Ms)}`,
          large?.build ? `${buildCell(large.build)} (load ${formatLoad(large.load?.build)})` : 'not measured',
          mark(large?.build ? large.build.ok && large.build.ms <= TARGETS.build5000Ms : undefined),
        ],
        [
          `Soak (issue 8): ${SOAK_CONNECTIONS} connections over a mix of URLs, 0 errors, non-2xx only where expected, RSS at the end ≤ RSS after warm-up + ${percent(TARGETS.soakRssGrowth)}`,
          soakResult
            ? `${soakResult.requests.toLocaleString('en')} requests in ${soakResult.seconds} s, ${soakResult.errors} errors, RSS ${formatMb(soakResult.rssAfterWarmupBytes)} → ${formatMb(soakResult.rssAtEndBytes)}`
            : 'not measured',
          mark(soakResult ? soakPassed(soakResult) : undefined),
        ],
        [
          `Abuse (issue 30): ${ABUSE_REQUESTS_PER_CLASS.toLocaleString('en')} requests of each hostile class, two at a time: a cached post's p99 < ${TARGETS.abuseP99Ms} ms, server RSS < ${formatMb(TARGETS.abuseRssBytes)}, every class finished, no answer breaking its rule; cache disk reported`,
          abuse
            ? `p99 ${formatMs(abuse.probe.p99)} (${abuse.probe.failed} requests without an answer), RSS peak ${formatMb(abuse.rss.peakBytes)}, ${abuse.classes.filter((each) => each.sent < abuse.requestsPerClass).length} classes cut off, ${abuse.classes.reduce((sum, each) => sum + each.failures + each.errors, 0).toLocaleString('en')} rule-breaking answers or errors; cache disk ${formatDisk(abuse.disk.before)} → ${formatDisk(abuse.disk.after)} (load ${formatLoad(served?.load?.abuse)})`
            : 'not measured',
          mark(abuse ? abusePassed(abuse) : undefined),
        ],
        [
          `Editor (issue 32): Publish click → reader page fresh (webhook, revalidation, render), p50 over ${EDITOR_PUBLISHES} publishes ≤ ${formatMs(TARGETS.publishToFreshP50Ms)}`,
          publishP50 !== undefined ? `p50 ${formatMs(publishP50)}` : 'not measured',
          mark(publishP50 !== undefined ? publishP50 <= TARGETS.publishToFreshP50Ms : undefined),
        ],
        [
          `Editor (issue 32): Presentation, a keystroke in Title → the preview shows it, p50 over ${PREVIEW_KEYSTROKES} keystrokes ≤ ${formatMs(TARGETS.keystrokeToPreviewP50Ms)}`,
          keystrokeP50 !== undefined ? `p50 ${formatMs(keystrokeP50)}` : 'not measured',
          mark(keystrokeP50 !== undefined ? keystrokeP50 <= TARGETS.keystrokeToPreviewP50Ms : undefined),
        ],
      ],
    ),
    '',
  )

  lines.push(
    '## Build and page weight',
    '',
    `Peak memory: summed RSS of the build's process tree, sampled from /proc every 200 ms. Pages: routes in the prerender manifest. JS: every \`<script src>\` a modern browser loads from the post page (each gzip'd, level 6) plus its inline scripts; \`nomodule\` polyfills left out.`,
    '',
    table(
      [
        'dataset',
        'build time',
        'host load',
        'peak memory',
        'pages generated (posts)',
        'post page JS gzip (script files + inline)',
        'JS − baseline (≤ 12 KB): files + inline',
        'post HTML raw / gzip',
        'post page',
      ],
      [
        ...datasets.map(([name, r]) => [
          datasetLabel(name, r),
          buildCell(r.build),
          formatLoad(r.load?.build),
          r.build ? formatMb(r.build.peakRssBytes) : '–',
          r.build?.ok ? `${r.build.pages} (${r.build.postPages})` : '–',
          r.page ? jsCell(r.page) : '–',
          r.page && store.baseline ? jsDeltaCell(r.page, store.baseline) : '–',
          r.page ? `${formatKb(r.page.htmlBytes)} / ${formatKb(r.page.htmlGzip)}` : '–',
          r.page
            ? `\`${r.page.path.length > 48 ? r.page.path.slice(0, 47) + '…' : r.page.path}\``
            : r.errors?.page
              ? `error: ${r.errors.page.split('\n')[0]!.slice(0, 80)}`
              : '–',
        ]),
        ...(store.baseline
          ? [
              [
                'minimal Next.js 16 page (baseline)',
                '–',
                '–',
                '–',
                '–',
                jsCell(store.baseline),
                '0',
                `${formatKb(store.baseline.htmlBytes)} / ${formatKb(store.baseline.htmlGzip)}`,
                '`/`',
              ],
            ]
          : []),
      ],
    ),
    '',
  )

  const pageTypes = [...new Set(datasets.flatMap(([, r]) => Object.keys(r.query?.pageTypes ?? {})))]
  if (pageTypes.length) {
    lines.push(
      '## Local-source query time (p50 / p95)',
      '',
      "The data layer's page-level functions (`getPost`, `getHomePage`, `getPostList`, `getCategoryPage`, `searchPosts`, `getPublicIndex` for the sitemap, `getFeed`) called on the local source (groq-js) in " +
        `${QUERY_TIMING_RUNS} fresh processes, each figure the median of theirs; in each, a page type's samples follow a warm-up of unmeasured calls (V8 has compiled it by then, as on a server past its first readers) and spread over the whole archive. Load = first call, which reads and indexes the dataset.`,
      '',
      table(
        ['dataset', 'host load', 'load (RSS after)', ...pageTypes],
        datasets
          .filter(([, r]) => r.query)
          .map(([name, r]) => [
            datasetLabel(name, r),
            formatLoad(r.load?.query),
            `${formatMs(r.query!.loadMs)} (${formatMb(r.query!.rssBytes)})`,
            ...pageTypes.map((type) => {
              const timing = r.query!.pageTypes[type]
              if (!timing || timing.samples === 0) return timing?.note ?? '–'
              return `${formatMs(timing.p50)} / ${formatMs(timing.p95)}${timing.errors ? ` (${timing.errors} errors)` : ''}`
            }),
          ]),
      ),
      '',
    )
  }

  for (const [name, r] of datasets) {
    if (!r.serving) continue
    const staticRps = (page: string) => r.serving!.results.find((s) => s.page === page && s.server === 'static files')?.requestsPerSecond
    const minimalRps = r.serving.results.find((s) => s.page === 'minimal')?.requestsPerSecond
    lines.push(
      `## Serving — ${datasetLabel(name, r)}`,
      '',
      `autocannon, ${r.serving.connections} connections, ${r.serving.seconds} s per row, \`accept-encoding: gzip\`, host load ${formatLoad(r.load?.serve)} at the start. The floor is the minimal Next.js page (see Build and page weight) under its own \`next start\`, measured between our pages; "at … weight" is that minimal page with our page's own text as its body, repeated until its HTML weighs what ours does (bench/minimal-next.ts): Next.js gzips every answer, so weight alone costs that much. The ceiling is \`bench/static-server.ts\`: node:http answering with the same prerendered HTML, gzip'd once up front. CPU: the server's process tree, user + system time per request (what host load distorts least).`,
      '',
      table(
        [
          'page',
          'server',
          'requests/s',
          'latency p50',
          'latency p99',
          'errors / non-2xx',
          'CPU per request',
          'share of minimal Next page',
          'share of static ceiling',
        ],
        r.serving.results.map((s) => [
          `${s.page.startsWith('minimal') ? s.page.replace('minimal', 'minimal Next.js page') : s.page} \`${s.path.length > 40 ? s.path.slice(0, 39) + '…' : s.path}\``,
          s.server,
          Math.round(s.requestsPerSecond).toLocaleString('en'),
          `${s.p50} ms`,
          `${s.p99} ms`,
          `${s.errors} / ${s.non2xx}`,
          s.cpuMsPerRequest === undefined ? '–' : `${s.cpuMsPerRequest.toFixed(2)} ms`,
          s.server === 'next start' && minimalRps ? `${Math.round((100 * s.requestsPerSecond) / minimalRps)} %` : '–',
          s.server === 'static files'
            ? '100 %'
            : staticRps(s.page)
              ? `${Math.round((100 * s.requestsPerSecond) / staticRps(s.page)!)} %`
              : '–',
        ]),
      ),
      '',
    )
  }

  for (const [name, r] of datasets) {
    if (!r.sharedCache) continue
    const fileRps = r.sharedCache.results.find((s) => s.cache === 'file system')?.requestsPerSecond
    const redisRps = r.sharedCache.results.find((s) => s.cache === 'Redis')?.requestsPerSecond
    lines.push(
      `## Shared cache (Redis) — ${datasetLabel(name, r)}`,
      '',
      `One \`next start\` instance on the post page \`${r.sharedCache.path}\`, first with Next's file-system cache, then with \`REDIS_URL\` set (a local \`redis-server\` on loopback, lib/cache-handler); the same build, back to back. autocannon, ${r.sharedCache.connections} connections, ${r.sharedCache.seconds} s per row, host load ${formatLoad(r.load?.['shared-cache'])} at the start.` +
        (fileRps && redisRps ? ` **With Redis: ${(redisRps / fileRps).toFixed(2)} × the requests/s of the file cache.**` : ''),
      '',
      table(
        ['cache', 'requests/s', 'latency p50', 'latency p99', 'errors / non-2xx', 'vs file system'],
        r.sharedCache.results.map((s) => [
          s.cache,
          Math.round(s.requestsPerSecond).toLocaleString('en'),
          `${s.p50} ms`,
          `${s.p99} ms`,
          `${s.errors} / ${s.non2xx}`,
          fileRps ? `${((100 * s.requestsPerSecond) / fileRps).toFixed(0)} %` : '–',
        ]),
      ),
      '',
    )
  }

  for (const [name, r] of datasets) {
    if (!r.lighthouse) continue
    lines.push(
      `## Lighthouse — ${datasetLabel(name, r)}`,
      '',
      `Mobile, default simulated throttling, Debian Chromium headless, served by \`next start\` on this machine, host load ${formatLoad(r.load?.lighthouse)} at the start (TBT scales with how busy this host's CPU is). ` +
        `Each page ${r.lighthouse[0]?.performanceRuns?.length ?? 1} × in turn with the minimal Next.js page (its own \`next start\`); each figure is the median of its runs (accessibility, best practices, SEO: the lowest); audits below 0.9 are those of the median run. Style & layout: \`mainthread-work-breakdown\`, group styleLayout.`,
      '',
      table(
        ['page', 'performance (runs)', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT', 'style & layout', 'audits below 0.9'],
        [...r.lighthouse, ...(r.lighthouseBaseline ? [{ ...r.lighthouseBaseline, url: 'minimal Next.js page /' }] : [])].map((s) => [
          `\`${s.url.length > 40 ? s.url.slice(0, 39) + '…' : s.url}\``,
          `${s.performance}${s.performanceRuns && s.performanceRuns.length > 1 ? ` (${s.performanceRuns.join(', ')})` : ''}`,
          s.accessibility,
          s.bestPractices,
          s.seo,
          formatMs(s.lcpMs),
          s.cls.toFixed(3),
          formatMs(s.tbtMs),
          formatMs(s.styleLayoutMs ?? Number.NaN),
          s.failing.join(', ') || '–',
        ]),
      ),
      '',
      ...r.lighthouse.flatMap((s) =>
        s.consoleErrors?.length ? [`Console errors on \`${s.url}\`: ${s.consoleErrors.join('; ')}`, ''] : [],
      ),
    )
  }

  for (const [name, r] of datasets) {
    if (!r.soak) continue
    const soak = r.soak
    lines.push(
      `## Soak — ${datasetLabel(name, r)}`,
      '',
      `One \`next start\`, autocannon with ${soak.connections} connections each cycling through the URLs below: ${soak.warmupSeconds} s warm-up, then ${soak.seconds} s measured; host load ${formatLoad(r.load?.soak)} at the start. ` +
        `RSS: summed over the server's process tree, after the warm-up and at the end. ${soak.requests.toLocaleString('en')} requests, ${Math.round(soak.requestsPerSecond)} req/s, latency p50 ${soak.p50} ms / p99 ${soak.p99} ms, ${soak.errors} errors (connection errors and timeouts). ` +
        `RSS ${formatMb(soak.rssAfterWarmupBytes)} → ${formatMb(soak.rssAtEndBytes)} (${soak.rssAtEndBytes >= soak.rssAfterWarmupBytes ? '+' : ''}${((100 * (soak.rssAtEndBytes - soak.rssAfterWarmupBytes)) / soak.rssAfterWarmupBytes).toFixed(1)} %). ${soakPassed(soak) ? '**Passed.**' : '**Failed.**'}`,
      '',
      table(
        ['URL', 'expected', 'answers by status'],
        soak.urls.map((url) => [
          `\`${url.path}\``,
          url.expected,
          Object.entries(url.statuses)
            .map(
              ([status, count]) =>
                `${status === 'none' ? 'no status (timed out)' : status}: ${count.toLocaleString('en')}${Number(status) === url.expected ? '' : ' ❌'}`,
            )
            .join(', ') || 'none',
        ]),
      ),
      '',
    )
  }

  for (const [name, r] of datasets) {
    if (!r.abuse) continue
    const abuse = r.abuse
    lines.push(
      `## Abuse — ${datasetLabel(name, r)}`,
      '',
      `One fresh \`next start\`; each class of hostile request in turn, ${abuse.requestsPerClass.toLocaleString('en')} requests, ${abuse.concurrency} at a time over keep-alive connections, cut off after ${abuse.budgetSeconds} s when a class cannot finish (requests costing seconds each); host load ${formatLoad(r.load?.abuse)} at the start. ` +
        `Throughout, a reader asks for the cached post \`${abuse.probe.path}\` every 50 ms on its own connection: ${abuse.probe.samples.toLocaleString('en')} requests, ${abuse.probe.failed.toLocaleString('en')} without a 200 answer, p50 ${formatMs(abuse.probe.p50)}, **p99 ${formatMs(abuse.probe.p99)}**, slowest ${formatMs(abuse.probe.max)}. ` +
        `RSS of the server's process tree: ${formatMb(abuse.rss.startBytes)} at the start, **peak ${formatMb(abuse.rss.peakBytes)}**, ${formatMb(abuse.rss.endBytes)} at the end. ` +
        `Disk of the build's runtime cache folders (${RUNTIME_CACHE_FOLDERS.map((folder) => `\`${folder}/\``).join(', ')}): **${formatDisk(abuse.disk.before)} before, ${formatDisk(abuse.disk.after)} after**. ${abusePassed(abuse) ? '**Passed.**' : '**Failed.**'}`,
      '',
      table(
        ['class', 'example', 'sent', 'time', 'answers by status', 'errors', 'broke the rule', 'rule', 'post p99 meanwhile', 'RSS after'],
        abuse.classes.map((each) => [
          each.name,
          `\`${each.example.replace(/\|/g, '\\|')}\``,
          `${each.sent.toLocaleString('en')}${each.sent < abuse.requestsPerClass ? ' ❌' : ''}`,
          formatDuration(each.seconds * 1000),
          Object.entries(each.statuses)
            .map(([status, count]) => `${status}: ${count.toLocaleString('en')}`)
            .join(', ') || 'none',
          each.errors,
          `${each.failures.toLocaleString('en')}${each.failures ? ' ❌' : ''}`,
          each.rule,
          // NaN (stored as null): the reader got no answer at all while this class ran.
          Number.isFinite(each.probeP99 ?? Number.NaN) ? formatMs(each.probeP99) : 'no 200 answer',
          each.rssEndBytes === undefined ? '–' : formatMb(each.rssEndBytes),
        ]),
      ),
      '',
    )
  }

  for (const [name, r] of datasets) {
    if (!r.edge) continue
    const edge = r.edge
    const rps = (pathname: string, server: string) =>
      edge.throughput.find((each) => each.path === pathname && each.server === server)?.requestsPerSecond
    const publishes = edge.publishes
    lines.push(
      `## Edge (Varnish in front, purged by tag) — ${datasetLabel(name, r)}`,
      '',
      `The shipped config (deploy/varnish/site.vcl) in a real Varnish on loopback in front of one \`next start\` (CDN_PROVIDER=varnish); host load ${formatLoad(r.load?.edge)} at the start. ` +
        `Throughput: autocannon, ${AUTOCANNON_CONNECTIONS} connections, ${autocannonSeconds} s per row, gzip; the static ceiling is bench/static-server.ts serving the same build's HTML. ` +
        `**Publish → edge** (the title of \`${edge.throughput[0]?.path}\` edited in the local dataset, the signed webhook, the site's purge, the edge's next read showing the new title; on the local dataset, so without the 3 s a webhook waits for the Content Lake's replication with a project), over ${publishes.count} publishes: ` +
        `**p50 ${formatMs(publishes.p50Ms)}, p95 ${formatMs(publishes.p95Ms)}** (slowest ${formatMs(publishes.maxMs)}; Varnish acknowledged the purge after ${formatMs(publishes.purgeAckP50Ms)} at p50); ` +
        `**${publishes.staleAfterAck} stale reads** of ${publishes.readsAfterAck} made after the acknowledgement (the polls until the edge showed the edit, and 20 reads after it, each publish) ` +
        `(target p50 ≤ ${formatMs(TARGETS.edgePublishP50Ms)} and 0 stale: ${mark(publishes.p50Ms <= TARGETS.edgePublishP50Ms && publishes.staleAfterAck === 0)}). ` +
        `**Site stopped**: ${edge.originDown.seconds} s of reads over the ${edge.originDown.pages} pages the edge held, 4 at a time: ${edge.originDown.requests.toLocaleString('en')} requests, **${edge.originDown.errors} errors**, ${edge.originDown.changed} answers different from the copy held.`,
      '',
      table(
        ['page', 'server', 'requests/s', 'latency p50', 'latency p99', 'errors / non-2xx', 'vs static', 'vs next start'],
        edge.throughput.map((each) => {
          const ceiling = rps(each.path, 'static files')
          const alone = rps(each.path, 'next start')
          return [
            `\`${each.path}\``,
            each.server,
            Math.round(each.requestsPerSecond).toLocaleString('en'),
            `${each.p50} ms`,
            `${each.p99} ms`,
            `${each.errors} / ${each.non2xx}`,
            ceiling
              ? `${Math.round((100 * each.requestsPerSecond) / ceiling)} %${each.server === 'varnish' && each.requestsPerSecond < TARGETS.edgeRpsShareOfStatic * ceiling ? ' ❌' : ''}`
              : '–',
            alone ? `${(each.requestsPerSecond / alone).toFixed(2)} ×` : '–',
          ]
        }),
      ),
      '',
    )
  }
  if (store.editor) {
    const editor = store.editor
    lines.push(
      '## Editor — signed-in Studio on the stand-in Content Lake',
      '',
      `The lake-mode build, \`next start\`, the stand-in Content Lake over HTTPS/HTTP2 sending the documented webhook to that server, Chromium at 1440×900 signed in as an editor (\`npm run bench -- --only editor\`). ` +
        `Publish: the editor retypes a post's title and clicks Publish; measured until the reader page's HTML has the new title, ${editor.publishToFreshMs.length} times: ` +
        `**p50 ${formatMs(percentile(publishes, 50))}**, p95 ${formatMs(percentile(publishes, 95))} (all: ${editor.publishToFreshMs.map((ms) => formatMs(ms)).join(', ')}). ` +
        `Sign-in → post list visible: **${formatMs(editor.signInToListMs)}** (a cold Studio load with a stored session). ` +
        `Opening the post with ${editor.largePostCitations} works cited until its form can be edited: **${formatMs(editor.openLargePostMs)}**. ` +
        (editor.keystrokeToPreviewMs?.length
          ? `Presentation, one character typed in Title → the preview's heading has it, ${editor.keystrokeToPreviewMs.length} times: **p50 ${formatMs(percentile(keystrokes, 50))}**, p95 ${formatMs(percentile(keystrokes, 95))} (all: ${editor.keystrokeToPreviewMs.map((ms) => formatMs(ms)).join(', ')}).`
          : 'Presentation keystroke → preview: not measured in this run.'),
      '',
    )
  }
  if (store.editorError) lines.push(`- editor: ${store.editorError}`, '')

  const problems = datasets.flatMap(([name, r]) =>
    Object.entries(r.errors ?? {}).map(
      ([section, message]) => `- ${name} ${section}: ${String(message).split('\n').slice(0, 3).join(' ')}`,
    ),
  )
  const failedBuilds = datasets
    .filter(([, r]) => r.build?.error)
    .map(([name, r]) => `- ${name} build failed:\n\n\`\`\`\n${r.build!.error}\n\`\`\``)
  if (problems.length || failedBuilds.length) lines.push('## Problems in this run', '', ...problems, ...failedBuilds, '')
  return lines.join('\n')
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error)
  process.exitCode = 1
})
