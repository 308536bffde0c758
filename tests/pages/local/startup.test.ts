import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { freePort, killProcessGroup } from '@/scripts/processes'
import { DIST_DIRS, PAGE_TESTS_SITE_URL, siteEnv } from '../global-setup'

/**
 * A bad setting stops the built server at start, naming the variable, with a non-zero exit: a
 * supervisor restarts a process that exits, never one that says "Ready" and answers 500.
 */

const nextBin = path.join(process.cwd(), 'node_modules/next/dist/bin/next')

/** `next start` on the page tests' build with `overrides`; resolves with its exit code and output, or kills it after 60 s. */
async function startWith(overrides: Record<string, string>) {
  const port = await freePort()
  const server = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    env: { ...siteEnv(DIST_DIRS.local), ...overrides },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  server.stdout.on('data', (chunk) => (output += chunk))
  server.stderr.on('data', (chunk) => (output += chunk))
  const stillRunning = setTimeout(() => killProcessGroup(server, 'SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => server.once('exit', (exitCode) => resolve(exitCode)))
  clearTimeout(stillRunning)
  killProcessGroup(server, 'SIGKILL')
  return { code, output }
}

describe('invalid settings stop the server at start', () => {
  test('a site URL without a scheme: exits 1 naming NEXT_PUBLIC_SITE_URL and what it expects', async () => {
    const { code, output } = await startWith({ NEXT_PUBLIC_SITE_URL: 'example.org' })
    expect(code).toBe(1)
    expect(output).toMatch(/NEXT_PUBLIC_SITE_URL: expected an absolute http\(s\) URL/)
    expect(output).toContain('The server stops')
  }, 90_000)

  test('a site URL other than the build’s: exits 1, saying the build fixed it', async () => {
    const { code, output } = await startWith({ NEXT_PUBLIC_SITE_URL: 'https://elsewhere.example' })
    expect(code).toBe(1)
    expect(output).toContain(
      `NEXT_PUBLIC_SITE_URL: fixed when the site was built (${PAGE_TESTS_SITE_URL}), given https://elsewhere.example at start`,
    )
  }, 90_000)

  test('a run-time setting too short to be safe: exits 1 naming SANITY_PREVIEW_SECRET', async () => {
    const { code, output } = await startWith({ SANITY_PREVIEW_SECRET: 'short' })
    expect(code).toBe(1)
    expect(output).toMatch(/SANITY_PREVIEW_SECRET: expected a secret of at least 16 characters/)
  }, 90_000)
})
