import path from 'node:path'
import { defineConfig } from 'vitest/config'

const repoRoot = path.resolve(import.meta.dirname, '../..')

/**
 * The editor journeys in the signed-in Studio (`npm run test:journeys`): one lake-mode build (the
 * page tests' own, reused when current) and one Studio stack per file, no reader build. Kept out of
 * `npm run test:e2e` until every journey passes there (see the file's header).
 */
export default defineConfig({
  resolve: { alias: { '@': repoRoot } },
  test: {
    root: repoRoot,
    include: ['tests/e2e/**/*.journey.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    // A stale lake-mode build is rebuilt first.
    hookTimeout: 900_000,
  },
})
