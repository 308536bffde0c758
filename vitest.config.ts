import path from 'node:path'
import { defineConfig } from 'vitest/config'

const shared = {
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
}

const common = {
  environment: 'node' as const,
  // next-sanity's draft-mode entry imports `next/headers` without an extension, which Node's
  // ESM resolver rejects; letting Vite resolve it (as Next does) makes the real helper testable.
  server: { deps: { inline: [/next-sanity[\\/]dist[\\/]draft-mode/] } },
  testTimeout: 30_000,
  hookTimeout: 300_000,
}

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          ...common,
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'sanity/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/pages/**', 'tests/scale-out/**', 'node_modules/**'],
        },
      },
      {
        // Page tests need a built, started site; their global setup only runs when they are queued.
        // The scale-out tests start their own instances on that same build (.next-test).
        ...shared,
        test: {
          ...common,
          name: 'pages',
          include: ['tests/pages/**/*.test.ts', 'tests/scale-out/**/*.test.ts'],
          exclude: ['tests/pages/lake/**'],
          globalSetup: ['tests/pages/global-setup.ts'],
        },
      },
      {
        // The same page tests with the Content Lake as the source (the stand-in, over HTTP), plus
        // what only a project has: Studio-signed preview, webhooks after edits, outages. Files take
        // turns: some edit content or take the lake down, and every file shares one server and lake.
        ...shared,
        test: {
          ...common,
          name: 'pages-lake',
          include: ['tests/pages/**/*.test.ts'],
          exclude: ['tests/pages/local/**'],
          globalSetup: ['tests/pages/global-setup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
