import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'sanity/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // next-sanity's draft-mode entry imports `next/headers` without an extension, which Node's
    // ESM resolver rejects; letting Vite resolve it (as Next does) makes the real helper testable.
    server: { deps: { inline: [/next-sanity[\\/]dist[\\/]draft-mode/] } },
    testTimeout: 30_000,
    hookTimeout: 300_000,
  },
})
