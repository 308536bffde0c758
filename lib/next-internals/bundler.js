// @ts-check
/**
 * Next.js internals (see ./next-internals.test.ts): which bundler a `next build` runs with. Next
 * records it in `process.env.TURBOPACK` before it loads next.config.js (next/dist/lib/bundler.js:
 * set for Turbopack, the default since Next 16; unset for `--webpack`). Plain JavaScript because
 * next.config.js, loaded by Node as it is, reads it.
 */
export const buildsWithTurbopack = () => Boolean(process.env.TURBOPACK)
