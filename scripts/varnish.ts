import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './processes'

/**
 * A real Varnish for the front-proxy and edge tests and the bench: Debian's `varnishd` (with
 * varnish-modules for xkey) on a free loopback port, running the deploy config
 * (deploy/varnish/site.vcl) with its backend pointed at a server under test, in the foreground,
 * everything in a temporary folder, stopped by the caller (and on exit).
 */
export const VARNISHD = process.env.VARNISHD_PATH || '/usr/sbin/varnishd'
export const DEPLOY_VCL = path.resolve(import.meta.dirname, '../deploy/varnish/site.vcl')

export async function startVarnish(backend: { host: string; port: number }) {
  if (!existsSync(VARNISHD)) throw new Error(`varnishd not found at ${VARNISHD}: apt-get install -y varnish (or set VARNISHD_PATH)`)
  const port = await freePort()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'varnish-'))
  const vcl = (await readFile(DEPLOY_VCL, 'utf8'))
    .replace(/(backend default \{[^}]*\.host = )"[^"]*"/, `$1"${backend.host}"`)
    .replace(/(backend default \{[^}]*\.port = )"[^"]*"/, `$1"${backend.port}"`)
  await writeFile(path.join(dir, 'site.vcl'), vcl)
  // `-j none`: no privilege separation, so it runs as whoever runs the tests.
  const child = spawn(
    VARNISHD,
    ['-F', '-j', 'none', '-n', path.join(dir, 'work'), '-a', `127.0.0.1:${port}`, '-f', path.join(dir, 'site.vcl'), '-s', 'malloc,32m'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const killNow = () => child.kill('SIGKILL')
  process.once('exit', killNow)
  let output = ''
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`varnishd did not start on port ${port}:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk
      if (output.includes('Child starts')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`varnishd exited (${code}):\n${output}`))
    })
    child.once('error', reject)
  })
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      process.off('exit', killNow)
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
        child.kill('SIGKILL')
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}
