#!/usr/bin/env node
// Entry for `npm run test:e2e`: runs the browser suite's own vitest config.
// Extra arguments go to vitest, e.g. `npm run test:e2e -- citations`.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { assertChromiumInstalled } from '../../scripts/chromium.mjs'

try {
  assertChromiumInstalled()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}

const require = createRequire(import.meta.url)
const vitestBin = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
const config = path.join(import.meta.dirname, 'vitest.config.ts')

const child = spawn(process.execPath, [vitestBin, 'run', '--config', config, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
