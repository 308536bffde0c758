// The abuse section of `npm run bench` (issue 30): what anonymous clients can make one server do.
// Each class of hostile request in turn, ABUSE_REQUESTS_PER_CLASS of them, ABUSE_CONCURRENCY at a
// time, while a reader keeps asking for a cached post: its latency, the server's RSS and the
// disk its caches use are what is measured.

import { randomBytes, randomInt } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { Agent, request } from 'undici'
import { percentile, treeRss } from './support'

export const ABUSE_REQUESTS_PER_CLASS = 10_000
export const ABUSE_CONCURRENCY = 2
/**
 * A class that cannot finish its requests in this time (a request costing seconds) stops here, so
 * the section stays minutes long. The slowest classes, made-up post addresses and search terms,
 * each render a page per request (~40 ms of CPU on this 2-core host): 10,000 of them take 3–4 min.
 */
const CLASS_BUDGET_MS = 300_000
/** The reader's pace: one request for the cached post every this many ms, throughout. */
const PROBE_INTERVAL_MS = 50
const RSS_SAMPLE_MS = 500

export interface DiskUse {
  bytes: number
  files: number
}

export interface AbuseClassResult {
  name: string
  /** What a request of this class looks like, for the table. */
  example: string
  sent: number
  seconds: number
  statuses: Record<string, number>
  /** Connection errors and timeouts. */
  errors: number
  /** Answers that broke this class's rule (see `rule`), e.g. a 5xx or gzip sent to an identity client. */
  failures: number
  rule: string
  /** The cached post's p99 while this class ran, ms. */
  probeP99: number
  /** RSS of the server's process tree when this class ended (which class grows memory, and by how much). */
  rssEndBytes?: number
}

export interface AbuseResult {
  requestsPerClass: number
  concurrency: number
  budgetSeconds: number
  /** Latencies of the reader's 200 answers; `failed`: its requests that got none (counted against the target on their own). */
  probe: { path: string; samples: number; failed: number; p50: number; p99: number; max: number }
  rss: { startBytes: number; peakBytes: number; endBytes: number }
  /** The dist dir's runtime cache folders (RUNTIME_CACHE_FOLDERS), before the first class and after the last. */
  disk: { before: DiskUse; after: DiskUse }
  classes: AbuseClassResult[]
}

interface Attack {
  method?: string
  path: string
  headers?: Record<string, string>
}

interface AbuseClass {
  name: string
  rule: string
  next: (index: number) => Attack
  /** Why an answer breaks the rule, or undefined when it keeps it. */
  broken: (attack: Attack, status: number, headers: Record<string, string | string[] | undefined>) => boolean
}

const randomWord = (length = 10) => randomBytes(length).toString('base64url').slice(0, length).toLowerCase()
const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!
const serverError = (_attack: Attack, status: number) => status >= 500

/** Where Next's file-system cache writes at run time: the data cache and the pages (not `cache/webpack`, the compiler's). */
export const RUNTIME_CACHE_FOLDERS = [path.join('cache', 'fetch-cache'), path.join('server', 'app')]

export async function diskUse(distDir: string): Promise<DiskUse> {
  const use = { bytes: 0, files: 0 }
  for (const folder of RUNTIME_CACHE_FOLDERS) {
    const entries = await readdir(path.join(distDir, folder), { withFileTypes: true, recursive: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isFile()) continue
      use.files++
      use.bytes += (await stat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size
    }
  }
  return use
}

/** A raster image the site's own pages show, or undefined (the Content Lake serves images elsewhere). */
async function findMediaFile(origin: string, pages: string[]): Promise<string | undefined> {
  for (const page of pages) {
    const html = await (await fetch(new URL(page, origin))).text()
    const match = /\/media\/([a-f0-9]+-\d+x\d+\.(?:png|jpe?g|webp))/i.exec(html)
    if (match) return match[1]
  }
  return undefined
}

function abuseClasses(postPath: string, pages: string[], mediaFile: string | undefined): AbuseClass[] {
  const classes: AbuseClass[] = []
  if (mediaFile)
    classes.push({
      name: '/media: random widths, formats and extra parameters',
      rule: 'no 5xx but a 503 when the encoder queue is full',
      next: () => ({
        path: `/media/${mediaFile}?w=${randomInt(1, 4097)}&${pick(['fm=webp', 'fm=jpg', 'fm=png', 'fm=avif', 'auto=format'])}&${randomWord(4)}=${randomWord(8)}`,
        headers: { accept: 'image/avif,image/webp,*/*' },
      }),
      broken: (_attack, status) => status >= 500 && status !== 503,
    })
  classes.push(
    {
      name: '`/blog?a&a&a…` (7,000 parameters, 14 KB)',
      rule: 'no 5xx',
      next: () => ({ path: `/blog?${Array(7_000).fill('a').join('&')}` }),
      broken: serverError,
    },
    {
      name: 'random `/blog/<slug>`',
      rule: 'no 5xx',
      next: () => ({ path: `/blog/${randomWord(12)}` }),
      broken: serverError,
    },
    {
      name: 'random search terms',
      rule: 'no 5xx',
      next: () => ({ path: `/search?q=${randomWord(randomInt(3, 12))}` }),
      broken: serverError,
    },
    {
      name: 'random share-card URLs',
      rule: 'no 5xx',
      next: () => ({ path: `/share-cards/${pick(['post', 'category'])}/${randomWord(12)}` }),
      broken: serverError,
    },
    {
      name: 'gzip and identity clients mixed, over every prerendered page',
      rule: 'no 5xx; never gzip to a client that did not ask for it',
      next: (index) => ({ path: pages[index % pages.length]!, headers: { 'accept-encoding': pick(['gzip', 'identity']) } }),
      broken: (attack, status, headers) =>
        status >= 500 || (attack.headers!['accept-encoding'] === 'identity' && headers['content-encoding'] === 'gzip'),
    },
    {
      name: 'stray `__prerender_bypass` cookies',
      rule: 'no 5xx; one Content-Security-Policy header',
      next: () => ({ path: pick([postPath, '/blog', '/']), headers: { cookie: `__prerender_bypass=${randomWord(16)}` } }),
      broken: (_attack, status, headers) => status >= 500 || Array.isArray(headers['content-security-policy']),
    },
    {
      name: '`TRACE` on `/api/*`, `/media/*`, `/search`',
      rule: '405',
      next: () => ({
        method: 'TRACE',
        path: pick(['/api/revalidate', '/api/draft-mode/enable', `/media/${mediaFile ?? 'x.png'}`, '/search?q=x']),
      }),
      broken: (_attack, status) => status !== 405,
    },
  )
  return classes
}

/** A reader asking for the cached post at a steady pace until stopped; latencies in ms, with when each was taken. */
function startProbe(origin: string, postPath: string) {
  const agent = new Agent({ connections: 1 })
  const samples: Array<{ at: number; ms: number }> = []
  let running = true
  const loop = (async () => {
    while (running) {
      const started = performance.now()
      const response = await request(new URL(postPath, origin), { dispatcher: agent, headers: { 'accept-encoding': 'gzip' } }).catch(
        () => undefined,
      )
      await response?.body.dump()
      samples.push({ at: started, ms: response?.statusCode === 200 ? performance.now() - started : Number.NaN })
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS))
    }
  })()
  return {
    samples,
    async stop() {
      running = false
      await loop
      await agent.close()
    },
  }
}

const p99Of = (values: number[]) =>
  percentile(
    values.filter((ms) => !Number.isNaN(ms)).sort((a, b) => a - b),
    99,
  )

export async function runAbuse(options: {
  origin: string
  serverPid: number
  distDir: string
  postPath: string
  /** Prerendered pages (the gzip/identity class cycles through them, cold and warm). */
  pages: string[]
  log: (message: string) => void
}): Promise<AbuseResult> {
  const { origin, serverPid, distDir, postPath, pages, log } = options
  // The post cached and the reader's connection open before anything is measured.
  await (await fetch(new URL(postPath, origin))).arrayBuffer()
  const mediaFile = await findMediaFile(origin, [postPath, '/', '/blog'])
  const classes = abuseClasses(postPath, pages, mediaFile)

  const diskBefore = await diskUse(distDir)
  const rss = { startBytes: await treeRss(serverPid), peakBytes: 0, endBytes: 0 }
  let sampling = true
  const rssLoop = (async () => {
    while (sampling) {
      rss.peakBytes = Math.max(rss.peakBytes, await treeRss(serverPid))
      await new Promise((resolve) => setTimeout(resolve, RSS_SAMPLE_MS))
    }
  })()
  const probe = startProbe(origin, postPath)
  const agent = new Agent({ connections: ABUSE_CONCURRENCY, headersTimeout: 30_000, bodyTimeout: 30_000 })
  const results: AbuseClassResult[] = []
  try {
    for (const abuse of classes) {
      log(`abuse: ${abuse.name}, ${ABUSE_REQUESTS_PER_CLASS.toLocaleString('en')} requests, ${ABUSE_CONCURRENCY} at a time`)
      const started = performance.now()
      const result: AbuseClassResult = {
        name: abuse.name,
        example: '',
        sent: 0,
        seconds: 0,
        statuses: {},
        errors: 0,
        failures: 0,
        rule: abuse.rule,
        probeP99: Number.NaN,
      }
      const first = abuse.next(0)
      result.example = `${first.method ?? 'GET'} ${first.path.length > 60 ? `${first.path.slice(0, 59)}…` : first.path}`
      let index = 0
      const worker = async () => {
        while (index < ABUSE_REQUESTS_PER_CLASS && performance.now() - started < CLASS_BUDGET_MS) {
          const attack = abuse.next(index++)
          result.sent++
          try {
            const response = await request(new URL(attack.path, origin), {
              dispatcher: agent,
              method: (attack.method ?? 'GET') as 'GET',
              headers: attack.headers,
            })
            await response.body.dump()
            result.statuses[response.statusCode] = (result.statuses[response.statusCode] ?? 0) + 1
            if (abuse.broken(attack, response.statusCode, response.headers)) result.failures++
          } catch {
            result.errors++
          }
        }
      }
      await Promise.all(Array.from({ length: ABUSE_CONCURRENCY }, worker))
      result.seconds = (performance.now() - started) / 1000
      result.probeP99 = p99Of(probe.samples.filter((sample) => sample.at >= started).map((sample) => sample.ms))
      result.rssEndBytes = await treeRss(serverPid)
      results.push(result)
    }
  } finally {
    await probe.stop()
    sampling = false
    await rssLoop
    await agent.close()
  }
  rss.endBytes = await treeRss(serverPid)
  const latencies = probe.samples
    .map((sample) => sample.ms)
    .filter((ms) => !Number.isNaN(ms))
    .sort((a, b) => a - b)
  return {
    requestsPerClass: ABUSE_REQUESTS_PER_CLASS,
    concurrency: ABUSE_CONCURRENCY,
    budgetSeconds: CLASS_BUDGET_MS / 1000,
    probe: {
      path: postPath,
      samples: probe.samples.length,
      failed: probe.samples.length - latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? Number.NaN,
    },
    rss,
    disk: { before: diskBefore, after: await diskUse(distDir) },
    classes: results,
  }
}
