import { spawn } from 'node:child_process'
import path from 'node:path'
import { expect, test } from 'vitest'
import { NEXT_BUILD_ARGS } from '../../scripts/next-build'

/** `next <args>` as a build refused at its configuration: its exit code and everything it printed. */
async function refusedBuild(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join('node_modules/next/dist/bin/next'), ...args], {
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-refused-build' },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  // Were the check gone, this would be a whole build: end it rather than let it outlive the test.
  const tooLong = setTimeout(() => child.kill('SIGKILL'), 50_000)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(tooLong)
  return { code, output }
}

/**
 * NEXT_PUBLIC_SITE_URL is written into every prerendered page, so a production build without
 * it stops before compiling anything, saying how to give it, instead of shipping
 * http://localhost:3000 as the canonical origin.
 */
test('next build without NEXT_PUBLIC_SITE_URL stops at once with a message saying how to set it', async () => {
  const env = { ...process.env }
  delete env.NEXT_PUBLIC_SITE_URL
  const { code, output } = await refusedBuild(NEXT_BUILD_ARGS, env)
  expect(code).toBe(1)
  expect(output).toContain('NEXT_PUBLIC_SITE_URL is not set. A production build writes the site')
  expect(output).toContain('NEXT_PUBLIC_SITE_URL=https://your.site npm run build')
  expect(output).not.toMatch(/Creating an optimized production build/)
}, 60_000)

/**
 * A plain `next build` runs Turbopack, which would put the editor's Visual Editing into every
 * reader's scripts: it stops instead, naming the command that builds the site.
 */
test('a plain next build (Turbopack) stops at once, naming npm run build', async () => {
  const { code, output } = await refusedBuild(['build'], { ...process.env, NEXT_PUBLIC_SITE_URL: 'https://cited.example' })
  expect(code).toBe(1)
  expect(output).toContain('This site builds with webpack: run `npm run build`')
  expect(output).not.toMatch(/Creating an optimized production build/)
}, 60_000)
