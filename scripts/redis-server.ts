import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@redis/client'
import { freePort } from './processes'

/**
 * A real Redis for the scale-out tests and the benchmark: Debian's `redis-server` on a free
 * loopback port, nothing persisted, stopped by the caller (and on exit). `stop()` and `start()`
 * again keep the same port, which is how the tests simulate an outage and a restart.
 */
export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

export const redisServerMissingMessage = () =>
  `redis-server not found at ${REDIS_SERVER}: apt-get install -y redis-server (or set REDIS_SERVER_PATH)`

export interface RedisServer {
  url: string
  port: number
  start(): Promise<void>
  /** `keepData`: snapshot first and load it on the next start, as a restarted production Redis would. */
  stop(options?: { keepData?: boolean }): Promise<void>
  /** Stops it and removes its working folder. */
  close(): Promise<void>
}

export async function startRedisServer(): Promise<RedisServer> {
  if (!existsSync(REDIS_SERVER)) throw new Error(redisServerMissingMessage())
  const port = await freePort()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'redis-'))
  let child: ChildProcess | undefined
  const killNow = () => child?.kill('SIGKILL')
  process.once('exit', killNow)

  const start = () =>
    new Promise<void>((resolve, reject) => {
      let output = ''
      const started = spawn(
        REDIS_SERVER,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      child = started
      const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}:\n${output}`)), 10_000)
      const onData = (chunk: Buffer) => {
        output += chunk
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer)
          resolve()
        }
      }
      started.stdout!.on('data', onData)
      started.stderr!.on('data', onData)
      started.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`redis-server exited (${code}):\n${output}`))
      })
      started.once('error', reject)
    })

  const stop = async ({ keepData = false } = {}) => {
    if (keepData && child) {
      const client = createClient({ url: `redis://127.0.0.1:${port}` }).on('error', () => {})
      await client.connect()
      try {
        await client.sendCommand(['SAVE'])
      } finally {
        await client.close()
      }
    } else {
      await rm(path.join(dir, 'dump.rdb'), { force: true })
    }
    const running = child
    child = undefined
    if (!running || running.exitCode !== null || running.signalCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
    running.kill('SIGKILL')
  }

  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async close() {
      await stop()
      process.off('exit', killNow)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
