import path from 'node:path'
import { defineConfig } from 'vitest/config'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/** The browser suite: one build, one `next start`, real Chromium. Run with `npm run test:e2e`. */
export default defineConfig({
  resolve: { alias: { '@': repoRoot } },
  test: {
    root: repoRoot,
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/server.ts'],
    environment: 'node',
    // One server and two cores: files take turns so timings stay stable and axe gets a whole core.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
