// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and the benchmark build into their own folders so they never clobber a dev server's.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // The local dataset is read from disk at run time; keep it out of the server bundle.
  serverExternalPackages: ['groq-js', 'tar-stream'],
  images: { unoptimized: true },
  // Two root layouts (site, Studio) leave no app-wide 404; app/global-not-found.tsx is it.
  experimental: {
    globalNotFound: true,
    // The stylesheet is small (~4 KB gzip): inlined, it no longer blocks the first paint.
    inlineCss: true,
  },
}

export default nextConfig
