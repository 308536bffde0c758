/**
 * The page readers get while the Content Lake is down and the page they asked for is not in the
 * cache (for the feed and the sitemap, a line of text to the same effect): a 503 that tells
 * browsers, feed readers, crawlers and CDNs when to come back, never cached. Sent by the page
 * lookup (lib/per-request-pages) for search and draft mode, and by the page cache
 * (lib/page-cache/unavailable-entry.js) for every other page. The page cache is loaded by Node
 * uncompiled (types stripped), so erasable TypeScript only.
 */
export const unavailablePageHtml = (siteName = 'Cited') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · ${siteName}</title>
<style>
  body { margin: 0; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
  main { box-sizing: border-box; max-width: 36rem; margin: 0 auto; padding: 4rem 1.25rem; }
  h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
  a { color: #0b57d0; }
  @media (prefers-color-scheme: dark) { body { background: #101214; color: #e6e8eb; } a { color: #8ab4f8; } }
</style>
</head>
<body>
<main>
<p><a href="/">${siteName}</a></p>
<h1>This page is temporarily unavailable</h1>
<p>We can’t reach our content service right now, so this page can’t be shown. Articles you have
opened recently may still load. Please try again in a minute.</p>
<p><a href="">Try again</a></p>
</main>
</body>
</html>
`

/** When to come back, and that this answer is not to be kept. */
const comeBackLater = (retryAfterSeconds: number) => ({ 'retry-after': String(retryAfterSeconds), 'cache-control': 'no-store' })

/** Its security headers come from next.config.js, as every response's do. */
export const unavailableHeaders = (retryAfterSeconds: number): Record<string, string> => ({
  'content-type': 'text/html; charset=utf-8',
  ...comeBackLater(retryAfterSeconds),
})

/**
 * The same for an answer that is not a page (the feed, the sitemap): feed readers and crawlers
 * act on the status and Retry-After; a person who opens it reads one line. Its other headers come
 * from next.config.js, as the real feed's do.
 */
export const unavailableRouteAnswer = (retryAfterSeconds: number, siteName = 'Cited') => ({
  body: `${siteName} is temporarily unavailable: we can’t reach our content service right now. Please try again in a minute.\n`,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...comeBackLater(retryAfterSeconds) },
})

export const unavailableResponse = (retryAfterSeconds: number) =>
  new Response(unavailablePageHtml(), { status: 503, headers: unavailableHeaders(retryAfterSeconds) })
