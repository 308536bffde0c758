// @ts-check
/**
 * Security headers: one module shared by next.config.js (the portable baseline every response
 * gets, on any host: `BASELINE_HEADERS`), the page cache handler (each static page's own policy,
 * hashed from its own HTML, layered on top where our cache runs) and the proxy (the few pages
 * rendered per request). Plain JavaScript: the page cache loads it, and Next's build tracer
 * (JavaScript only) must follow its imports, htmlparser2 among them
 * (lib/cache-handler/standalone-trace.test.ts).
 *
 * Why hashes: reader pages are static, so a per-request nonce would cost dynamic rendering. Next
 * inlines its bootstrap and flight data as `<script>self.__next_f.push(…)</script>`, so
 * `script-src 'self'` alone blocks hydration, and `'unsafe-inline'` (all a header fixed at build
 * time can say, hence the baseline's) would let any injected script run. Each cached page instead
 * allows the sha256 of the inline scripts the site itself writes, never of whatever inline script
 * the page happens to hold: the speculation rules and the video players' play-in-place script
 * (their text is in the code), and Next's own bootstrap and flight scripts, recognised by
 * lib/next-inline-scripts against the RSC payload Next rendered with the page. A script that
 * content slipped into the HTML is in neither, so the browser refuses it.
 */
import { pagePathOfCacheKey } from '../next-internals/cache-keys.js'
import { nextScriptHashes, inlineScripts } from '../next-inline-scripts/index.js'
import { SPECULATION_RULES_HASH } from '../page-prefetch/speculation-rules.ts'
import { PLAY_IN_PLACE_HASH, PLAY_IN_PLACE_SCRIPT } from '../video-player/play-in-place.ts'

/** The players the video island swaps in after a click (lib/content/video.ts builds their URLs): the only frames a reader page may load. */
export const VIDEO_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com']

/** Headers on every response, page or not. */
export const BASE_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Two years, subdomains included: the site is only ever served over HTTPS in production
  // (browsers ignore this header on plain-HTTP responses such as a local `next start`).
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
]

/**
 * Nothing on the site uses these; a compromised or framed page cannot ask for them either. The
 * video players get autoplay, encrypted media, fullscreen and picture-in-picture through their
 * iframe's `allow`, which this policy still bounds: those four may be delegated (`*`), and which
 * frames exist at all is the CSP's `frame-src` (the two players). Written without an origin so
 * the value has no colon: Next compiles a `headers()` value with a colon as a path pattern, on
 * every request (see `BASELINE_HEADERS`). Only features Chromium knows: an unknown one
 * (`bluetooth`) is ignored anyway and costs every page a console warning.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=*',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=*',
  'fullscreen=*',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'idle-detection=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=*',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ')

/**
 * The parts every reader page shares. `default-src 'none'` so anything not named here is refused;
 * images also from Sanity's CDN (Content Lake assets) and `data:` (blur placeholders);
 * `style-src 'unsafe-inline'` because components and the preview bar use style attributes — CSS cannot run script, and MDN's Observatory does not count
 * it against the grade; `frame-ancestors 'self'` because the Studio's Presentation tool frames the
 * site from /studio, and nothing else may (clickjacking).
 * @param {{ scriptSources: string[], frameSources?: string[], connectSources?: string[] }} options
 */
function readerPolicy({ scriptSources, frameSources = [], connectSources = [] }) {
  return serialize({
    'default-src': ["'none'"],
    'script-src': ["'self'", ...scriptSources],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'https://cdn.sanity.io'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...connectSources],
    'manifest-src': ["'self'"],
    ...(frameSources.length ? { 'frame-src': frameSources } : {}),
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

/**
 * Inline scripts allowed by hash or nonce, plus the speculation rules (lib/page-prefetch). Those
 * are JSON, yet HTML's "prepare the script element" gives `type=speculationrules` a script type
 * and runs the CSP inline check on it (as it does for JavaScript), so Chromium refuses them
 * without a source: their hash, which also holds beside a nonce, where the narrower
 * 'inline-speculation-rules' keyword would be ignored like 'unsafe-inline'. JSON-LD needs none:
 * any other type is a data block, and that algorithm returns ("No script is executed") before
 * the CSP check — html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element.
 * @param {string[]} sources hashes or a nonce
 */
const withSpeculationRules = (sources) => [SPECULATION_RULES_HASH, ...sources]

/**
 * The Studio is a client-side app from this origin that talks to the Content Lake (`apiHosts`,
 * over HTTPS and WebSocket for listeners), shows asset images from Sanity's CDN, styles itself with
 * styled-components (inline styles) and frames the site in Presentation.
 * @param {{ scriptSources: string[], apiHosts: string[] }} options
 */
function studioPolicy({ scriptSources, apiHosts }) {
  const configured = configuredApiOrigin()
  return serialize({
    'default-src': ["'self'"],
    // core.sanity-cdn.com serves the Studio's bridge script (Sanity's own auto-updating shell).
    // With a project the Studio itself runs, and one of its bundles evaluates code at start-up;
    // without one /studio is a plain guide page that needs no eval.
    'script-src': [
      "'self'",
      'https://core.sanity-cdn.com',
      ...scriptSources,
      ...(process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() ? ["'unsafe-eval'"] : []),
    ],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://cdn.sanity.io', ...apiHosts.map((host) => `https://${host}`), ...configured],
    // Sanity UI 4 loads its typeface (Inter) from Sanity's design-system host.
    'font-src': ["'self'", 'data:', 'https://design-system-static.sanity.io'],
    'connect-src': [
      "'self'",
      ...apiHosts.flatMap((host) => [`https://${host}`, `wss://${host}`]),
      ...configured.flatMap((origin) => [origin, origin.replace(/^http/, 'ws')]),
      // The Studio's version check (sanity-cdn.com/v1/modules/…) runs on every signed-in load.
      'https://sanity-cdn.com',
    ],
    'frame-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:', 'https://cdn.sanity.io'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  })
}

/** Content Lake hosts the Studio may call. */
export const SANITY_API_HOSTS = ['*.api.sanity.io', 'api.sanity.io', '*.apicdn.sanity.io']

/**
 * A Content Lake–compatible API host other than Sanity's (NEXT_PUBLIC_SANITY_API_HOST, e.g. a
 * proxy or the tests' stand-in): the Studio talks to it, so its policy allows it.
 * @returns {string[]}
 */
function configuredApiOrigin() {
  const value = process.env.NEXT_PUBLIC_SANITY_API_HOST?.trim()
  if (!value) return []
  try {
    const { origin, hostname, protocol, host } = new URL(value)
    if (hostname === 'api.sanity.io' || hostname.endsWith('.sanity.io')) return []
    // The Studio addresses a named host by project subdomain (<projectId>.<host>); an IP as it is.
    return /^[\d.]+$|:/.test(hostname) ? [origin] : [origin, `${protocol}//*.${host}`]
  } catch {
    return []
  }
}

/** @param {Record<string, string[]>} directives */
function serialize(directives) {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/**
 * The Content-Security-Policy for one rendered page, from its path and what Next rendered: its
 * HTML and its RSC payload (the cache entry's `rscData`), against which Next's inline scripts in
 * the HTML are recognised.
 * @param {string} pathname
 * @param {{ html: string, rscData?: unknown }} page
 * @param {{ apiHosts?: string[] }} [options]
 */
export function policyForPage(pathname, { html, rscData }, { apiHosts = SANITY_API_HOSTS } = {}) {
  const scripts = inlineScripts(html)
  const { hashes, refused } = nextScriptHashes(scripts, rscData)
  // The video players' play-in-place script (lib/video-player), on the pages that carry it: like
  // Next's own, recognised by its exact text, never by where it stands.
  const playsInPlace = scripts.some(({ attributes, text }) => Object.keys(attributes).length === 0 && text === PLAY_IN_PLACE_SCRIPT)
  const scriptSources = playsInPlace ? [...hashes, PLAY_IN_PLACE_HASH] : hashes
  // Such a page still reads as sent, without its runtime: worth a line, never a broken response.
  if (refused) console.warn(`[csp] ${pathname}: Next's flight scripts not allowed: ${refused}`)
  if (pathname === '/studio' || pathname.startsWith('/studio/')) return studioPolicy({ scriptSources, apiHosts })
  // Every reader page, not only posts: a link from any page to a post is a client-side
  // navigation, and the document keeps the policy it was loaded with.
  return readerPolicy({ scriptSources: withSpeculationRules(scriptSources), frameSources: VIDEO_FRAME_ORIGINS })
}

/**
 * For pages rendered per request (search, draft mode): the nonce Next puts on each of its
 * scripts when it finds one in the request's policy. A draft-mode page also listens to the Content
 * Lake's live events for drafts (lib/preview/live-drafts.ts), so it may connect to the lake.
 * @param {string} pathname
 * @param {string} nonce
 * @param {{ apiHosts?: string[], draftMode?: boolean }} [options]
 */
export function policyWithNonce(pathname, nonce, { apiHosts = SANITY_API_HOSTS, draftMode = false } = {}) {
  const scriptSources = [`'nonce-${nonce}'`]
  if (pathname === '/studio' || pathname.startsWith('/studio/')) return studioPolicy({ scriptSources, apiHosts })
  // Every reader page, not only posts: a link from any page to a post is a client-side
  // navigation, and the document keeps the policy it was loaded with. A page rendered per request
  // (a post in draft mode) may hold a video player, whose script carries no nonce.
  return readerPolicy({
    scriptSources: withSpeculationRules([...scriptSources, PLAY_IN_PLACE_HASH]),
    frameSources: VIDEO_FRAME_ORIGINS,
    connectSources: draftMode ? [...apiHosts.map((host) => `https://${host}`), ...configuredApiOrigin()] : [],
  })
}

/** Responses that are not HTML pages (feeds, images, API answers): they may load nothing. */
const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

/** Answers that are not pages: feeds, crawler files, API routes. */
const NON_PAGE_PATHS = ['/feed.xml', '/robots.txt', '/sitemap.xml', '/api/:path*']

/**
 * The portable baseline: what next.config.js's `headers()` sends, on any host that runs Next
 * (Vercel and Netlify apply `headers()` themselves), whatever cache serves the page. For pages
 * that is a full policy, except that inline scripts are allowed by `'unsafe-inline'`: Next writes
 * a page's flight data into inline scripts that differ per page, and a header fixed when the site
 * is built cannot name them (a nonce would render every page per request). Where our page cache
 * runs (lib/page-cache) each page also gets its own policy that allows only its own scripts by
 * hash; per-request pages get one with a nonce from the proxy, which replaces this one.
 *
 * The Studio's and the non-pages' policies replace the pages' on their paths. Next compiles a
 * value that contains a colon as a path pattern on every request (~13 µs for a policy); the
 * pages' policy cannot avoid one (`data:`, `https://`), the other headers do.
 */
export const BASELINE_POLICY = {
  page: readerPolicy({ scriptSources: ["'unsafe-inline'"], frameSources: VIDEO_FRAME_ORIGINS }),
  studio: studioPolicy({ scriptSources: ["'unsafe-inline'"], apiHosts: SANITY_API_HOSTS }),
  nonPage: NON_PAGE_POLICY,
}

/** The rules next.config.js's `headers()` returns: later rules set the same header again. */
export const BASELINE_HEADERS = [
  {
    source: '/:path*',
    headers: [
      ...BASE_SECURITY_HEADERS,
      { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
      { key: 'Content-Security-Policy', value: BASELINE_POLICY.page },
    ],
  },
  // `/studio` itself included.
  { source: '/studio/:path*', headers: [{ key: 'Content-Security-Policy', value: BASELINE_POLICY.studio }] },
  ...NON_PAGE_PATHS.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: BASELINE_POLICY.nonPage }] })),
]

/** Directives a policy in a `<meta>` element cannot carry: browsers ignore them there, with a console error. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

const POLICY_META = '<meta http-equiv="Content-Security-Policy" content="'
const HEAD_TAG = /<head(?:\s[^>]*)?>/

/**
 * What a cache handler calls on each page entry it stores or serves: puts the page's own policy
 * into the page, first thing in its `<head>`, so that it covers every script. A browser enforces
 * every policy it is given, so this one narrows the baseline's `'unsafe-inline'`
 * (`BASELINE_HEADERS`, a header on every host) to the scripts the page was rendered with; the
 * baseline keeps what only a header can say (`frame-ancestors`). In the page rather than as a
 * second header: Next would send both headers, which a browser combines as it should, but MDN's
 * Observatory (like any client that joins repeated headers with a comma, as Node does) reads
 * them as one invalid policy. Entries that are not HTML pages pass unchanged.
 * @template {{ kind?: string, html?: unknown, rscData?: unknown }} Value
 * @param {string} cacheKey the page's path, as Next passes it to a cache handler
 * @param {Value | null | undefined} value
 * @returns {Value | null | undefined}
 */
export function withPagePolicy(cacheKey, value) {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html) return value
  const head = HEAD_TAG.exec(value.html)
  if (!head) return value
  const at = head.index + head[0].length
  // Entries are prepared on their way in and again on their way out: once is enough.
  if (value.html.startsWith(POLICY_META, at)) return value
  const policy = policyForPage(pagePathOfCacheKey(cacheKey) ?? cacheKey, { html: value.html, rscData: value.rscData })
  const inPage = policy
    .split('; ')
    .filter((directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ')[0] ?? ''))
    .join('; ')
  value.html = `${value.html.slice(0, at)}${POLICY_META}${inPage}">${value.html.slice(at)}`
  return value
}
