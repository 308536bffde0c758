// Process, port and HTTP helpers shared by the benchmark steps.

import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { killProcessGroup } from '../scripts/processes'

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..')
export const WORK_DIR = path.join(PROJECT_ROOT, 'bench', '.work')
export const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
/**
 * The Node flags the production server runs with: those of `npm start` (package.json), so the
 * server measured is the one deployed (its heap bound, docs/caching.md).
 */
export const SERVER_NODE_FLAGS: string[] =
  JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts.start.match(/--[\w-]+=\S+/g) ?? []
export const TSX_BIN = path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')

/** Env for every next/tsx child: no telemetry, production mode. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DO_NOT_TRACK: '1', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export const gzipBytes = (content: Buffer | string) => gzipSync(content, { level: 6 }).length

// ---------------------------------------------------------------------------------------------
// Memory of a whole process tree, from /proc (a build forks workers; their RSS adds up).

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[])
  const children: number[] = []
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')
    for (const child of text.trim().split(/\s+/)) if (child) children.push(Number(child))
  }
  return children
}

/** Linux counts CPU time in clock ticks of 10 ms (USER_HZ is 100 on every architecture Node runs on). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
  // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields.length > 12 ? (Number(fields[11]) + Number(fields[12])) * 10 : 0
}

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
  return match ? Number(match[1]) * 1024 : 0
}

export const treeRss = (rootPid: number) => sumOverTree(rootPid, rssBytes)

/**
 * CPU time (user + system, ms) the tree has used so far: its cost per request under load, which a
 * busy host distorts far less than requests/s (work queued behind other processes is not counted).
 */
export const treeCpuMs = (rootPid: number) => sumOverTree(rootPid, cpuMs)

async function sumOverTree(rootPid: number, read: (pid: number) => Promise<number>): Promise<number> {
  let total = 0
  const queue = [rootPid]
  const seen = new Set<number>()
  while (queue.length > 0) {
    const pid = queue.pop()!
    if (seen.has(pid)) continue
    seen.add(pid)
    total += await read(pid)
    queue.push(...(await childrenOf(pid)))
  }
  return total
}

/** Samples the tree's summed RSS every `intervalMs`; `stop()` returns the peak. */
export function sampleTreeMemory(rootPid: number, intervalMs = 200) {
  let peak = 0
  let running = true
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await treeRss(rootPid))
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return peak
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Host CPU, from /proc/stat

async function hostCpuTicks(): Promise<{ busy: number; total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0]!
  // cpu  user nice system idle iowait irq softirq steal …: idle and iowait are the CPU's rest.
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number)
  const total = ticks.reduce((sum, tick) => sum + tick, 0)
  return { busy: total - ticks[3]! - ticks[4]!, total }
}

/**
 * Waits until the host's CPUs are mostly idle over a whole second (at most `limitMs`), and returns
 * how long that took. For the absolute timings (query ms, build time): right after a build the
 * host is still busy for a while (workers winding down, the kernel writing back), and a timing
 * taken then measures that, not us. The load average cannot tell: it lags by a minute.
 */
export async function waitForQuietHost({ busyBelow = 0.2, limitMs = 90_000 } = {}): Promise<number> {
  const started = performance.now()
  let before = await hostCpuTicks()
  while (performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = await hostCpuTicks()
    const busy = (now.busy - before.busy) / Math.max(1, now.total - before.total)
    if (busy < busyBelow) break
    before = now
  }
  return performance.now() - started
}

// ---------------------------------------------------------------------------------------------
// Child processes

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  ms: number
  output: string
  peakRssBytes: number
}

/**
 * Runs a command in its own process group, keeps the last 200 KB of its output, samples the
 * tree's memory, and kills the whole group when it overruns `timeoutMs`.
 */
export function runCommand(
  command: string,
  args: string[],
  options: {
    cwd?: string
    env?: NodeJS.ProcessEnv
    timeoutMs?: number
    echo?: boolean
    onOutput?: (text: string, elapsedMs: number) => void
  } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: options.env ?? childEnv(),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const collect = (chunk: Buffer) => {
      if (options.echo) process.stderr.write(chunk)
      options.onOutput?.(chunk.toString('utf8'), performance.now() - started)
      output = (output + chunk.toString('utf8')).slice(-200_000)
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    const memory = sampleTreeMemory(child.pid!)
    let timedOut = false
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          killProcessGroup(child)
        }, options.timeoutMs)
      : undefined
    child.on('error', reject)
    child.on('close', async (code, signal) => {
      if (timer) clearTimeout(timer)
      resolve({ code, signal, timedOut, ms: performance.now() - started, output, peakRssBytes: await memory.stop() })
    })
  })
}

/** Starts a long-running server process (own process group) and waits until `url` answers. */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: options.env ?? childEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
  child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)))
  const deadline = Date.now() + (options.timeoutMs ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}:\n${output}`)
    const ready = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status < 500,
      () => false,
    )
    if (ready) {
      return {
        child,
        output: () => output,
        async stop() {
          killProcessGroup(child)
          await new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            const force = setTimeout(() => killProcessGroup(child, 'SIGKILL'), 5_000)
            child.once('exit', () => {
              clearTimeout(force)
              resolve()
            })
          })
        },
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  killProcessGroup(child, 'SIGKILL')
  throw new Error(`${url} did not answer within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${output}`)
}

export type StartedServer = Awaited<ReturnType<typeof startServer>>

// ---------------------------------------------------------------------------------------------
// Formatting

export const formatMs = (ms: number) =>
  Number.isNaN(ms) ? '–' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`
export const formatKb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1024).toFixed(1)} KB`)
export const formatMb = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${Math.round(bytes / 1024 / 1024)} MB`)
export const formatDuration = (ms: number) => {
  const seconds = Math.round(ms / 1000)
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s` : `${seconds} s`
}
