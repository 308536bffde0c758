/**
 * How every production build is made — `npm run build`, the page and browser tests, the
 * benchmark: with webpack, not Turbopack. Turbopack puts every client component a route's server
 * code can reach into that route's scripts, rendered or not (vercel/next.js#96039), so readers
 * would download the editor's Visual Editing; webpack sends a page only what it renders, and
 * less of Next's own runtime besides (bench/results.md). `next dev` keeps Turbopack.
 */
export const NEXT_BUILD_ARGS = ['build', '--webpack']
