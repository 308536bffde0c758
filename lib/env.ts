import { z } from 'zod'
import { REDIS_URL_EXPECTED, isRedisUrl } from './cache-handler/redis-url'
import { DEFAULT_API_HOST, DEFAULT_API_VERSION } from './sanity-api-defaults'
import { CDN_PROVIDERS, DEFAULT_API_ORIGINS } from './cdn/providers'
import type { CdnConfig } from './cdn/purge'

/**
 * Every environment variable the site reads, parsed once. Empty strings count as unset so a
 * copied `.env.example` with blank lines behaves like no file at all.
 */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(blankToUndefined, schema.default(fallback as never))

const envFields = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: optional(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a Sanity project id: lowercase letters, digits and dashes'),
  ),
  NEXT_PUBLIC_SANITY_DATASET: withDefault(
    z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a dataset name: lowercase letters, digits, "_" and "-", at most 64 characters'),
    'production',
  ),
  NEXT_PUBLIC_SANITY_API_VERSION: withDefault(
    z.string().regex(/^v?\d{4}-\d{2}-\d{2}$/, `a dated API version such as ${DEFAULT_API_VERSION}`),
    DEFAULT_API_VERSION,
  ),
  /**
   * Where the Content Lake's API answers: Sanity's own host, or a Content Lake–compatible host
   * (a proxy in front of it, or a stand-in). Public: the embedded Studio calls it from the browser.
   */
  NEXT_PUBLIC_SANITY_API_HOST: withDefault(
    z
      .url({ protocol: /^https?$/, error: `an absolute http(s) URL such as ${DEFAULT_API_HOST}` })
      .refine(
        (url) => !URL.canParse(url) || (!/[?#]/.test(url) && new URL(url).pathname.replace(/\/+$/, '') === ''),
        `an origin with no path, query or fragment, such as ${DEFAULT_API_HOST}`,
      )
      .transform((url) => url.replace(/\/+$/, '')),
    DEFAULT_API_HOST,
  ),
  SANITY_API_READ_TOKEN: optional(z.string().min(1)),
  /**
   * A second Viewer token, sent to the browser in draft mode only: the preview listens to the
   * Content Lake's live events for drafts with it and shows each edit at once (lib/preview/live-drafts.ts).
   */
  SANITY_API_BROWSER_TOKEN: optional(z.string().min(1)),
  SANITY_REVALIDATE_SECRET: optional(z.string().min(1)),
  /** Draft mode on the local dataset only (no Studio to sign preview URLs): `/api/draft-mode/enable?secret=…`. */
  SANITY_PREVIEW_SECRET: optional(z.string().min(16, 'a secret of at least 16 characters')),
  /** `npm run seed` and `npm run sources:check -- --write`: an Editor token to write into the project. */
  SANITY_API_WRITE_TOKEN: optional(z.string().min(1)),
  SANITY_LOCAL_DATASET: optional(
    z
      .string()
      .regex(
        /(\.ndjson|\.tar\.gz|\.tgz|[\\/][^.\\/]+[\\/]?)$/i,
        'a path to an .ndjson file, a `sanity dataset export` .tar.gz, or an export folder',
      ),
  ),
  /** Set on every instance of a multi-server site: they share pages, data and tag revalidation (lib/cache-handler). */
  REDIS_URL: optional(z.string().refine(isRedisUrl, REDIS_URL_EXPECTED)),
  /**
   * Which cache handler serves pages (read by next.config.js when the server starts): `cited`, our
   * page cache (lib/cache-handler), or `next`, Next's own, as on a host that brings its own cache,
   * to see what the portable baseline alone gives (README, "Deploying").
   */
  PAGE_CACHE: withDefault(z.enum(['cited', 'next'], { error: '"cited" or "next"' }), 'cited'),
  NEXT_PUBLIC_SITE_URL: withDefault(
    z
      .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://example.com' })
      .transform((url) => url.replace(/\/+$/, '')),
    'http://localhost:3000',
  ),
  /** `npm run sources:check`: the Wayback availability endpoint (a local stand-in in tests). */
  WAYBACK_API_URL: withDefault(
    z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://archive.org/wayback/available' }),
    'https://archive.org/wayback/available',
  ),
  /** Citation lookup and retraction notices (lib/references): Crossref's REST API, NCBI's E-utilities and PMC ID converter; stand-ins in tests. */
  CROSSREF_API_URL: withDefault(
    z
      .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://api.crossref.org' })
      .transform((url) => url.replace(/\/+$/, '')),
    'https://api.crossref.org',
  ),
  NCBI_EUTILS_URL: withDefault(
    z
      .url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://eutils.ncbi.nlm.nih.gov/entrez/eutils' })
      .transform((url) => url.replace(/\/+$/, '')),
    'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  ),
  NCBI_IDCONV_URL: withDefault(
    z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/' }),
    'https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/',
  ),
  /** The CDN in front of the site, purged by tag after each webhook (lib/cdn). */
  CDN_PROVIDER: optional(z.enum(CDN_PROVIDERS, { error: `one of ${CDN_PROVIDERS.join(', ')}` })),
  CDN_PURGE_URL: optional(z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as http://varnish.internal:6081/' })),
  CDN_SERVICE_ID: optional(z.string().regex(/^[A-Za-z0-9_-]+$/, 'a Fastly service id or Cloudflare zone id: letters, digits, "_" and "-"')),
  CDN_API_TOKEN: optional(z.string().min(1)),
})

/** What each CDN needs to be purged: Varnish an address to send PURGE to, the APIs an id and a token. */
const envSchema = envFields.superRefine((env, context) => {
  const need = (name: 'CDN_PURGE_URL' | 'CDN_SERVICE_ID' | 'CDN_API_TOKEN', what: string) => {
    if (env[name] === undefined)
      context.addIssue({ code: 'custom', path: [name], message: `${what} (required with CDN_PROVIDER=${env.CDN_PROVIDER})` })
  }
  if (env.CDN_PROVIDER === 'varnish') need('CDN_PURGE_URL', 'the URL Varnish accepts PURGE on, such as http://varnish.internal:6081/')
  if (env.CDN_PROVIDER === 'fastly' || env.CDN_PROVIDER === 'cloudflare') {
    need('CDN_SERVICE_ID', env.CDN_PROVIDER === 'fastly' ? 'the Fastly service id' : 'the Cloudflare zone id')
    need(
      'CDN_API_TOKEN',
      env.CDN_PROVIDER === 'fastly' ? 'a Fastly API token with purge_select' : 'a Cloudflare API token with Cache Purge',
    )
  }
})

export type Env = z.infer<typeof envSchema>

export class EnvError extends Error {
  override name = 'EnvError'
}

/** Parses an environment; throws an EnvError naming each bad variable and what it expects. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: expected ${issue.message}`)
  throw new EnvError(`Invalid environment variables:\n${problems.join('\n')}`)
}

/** The variables `next build` fixes into the pages and the browser's code (Next inlines NEXT_PUBLIC_*). */
export const BUILD_TIME_VARIABLES = [
  'NEXT_PUBLIC_SANITY_PROJECT_ID',
  'NEXT_PUBLIC_SANITY_DATASET',
  'NEXT_PUBLIC_SANITY_API_VERSION',
  'NEXT_PUBLIC_SANITY_API_HOST',
  'NEXT_PUBLIC_SITE_URL',
] as const

/**
 * A build-time variable given to a server at start with another value than the build's: the
 * server would serve the build's value on some pages and the new one where it reads it at run
 * time. `started` is the process's environment read by name at run time (not inlined).
 */
export function buildTimeValuesChanged(built: Env, started: Record<string, string | undefined>): string[] {
  const atStart = parseEnv(started)
  return BUILD_TIME_VARIABLES.filter((name) => blankToUndefined(started[name]) !== undefined && atStart[name] !== built[name]).map(
    (name) => `  ${name}: fixed when the site was built (${built[name]}), given ${atStart[name]} at start. Build again with the new value.`,
  )
}

// Next.js inlines NEXT_PUBLIC_* only where they are read literally, so list them by name.
export const env: Env = parseEnv({
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
  NEXT_PUBLIC_SANITY_API_HOST: process.env.NEXT_PUBLIC_SANITY_API_HOST,
  SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
  SANITY_API_BROWSER_TOKEN: process.env.SANITY_API_BROWSER_TOKEN,
  SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
  SANITY_PREVIEW_SECRET: process.env.SANITY_PREVIEW_SECRET,
  SANITY_API_WRITE_TOKEN: process.env.SANITY_API_WRITE_TOKEN,
  SANITY_LOCAL_DATASET: process.env.SANITY_LOCAL_DATASET,
  REDIS_URL: process.env.REDIS_URL,
  PAGE_CACHE: process.env.PAGE_CACHE,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  WAYBACK_API_URL: process.env.WAYBACK_API_URL,
  CROSSREF_API_URL: process.env.CROSSREF_API_URL,
  NCBI_EUTILS_URL: process.env.NCBI_EUTILS_URL,
  NCBI_IDCONV_URL: process.env.NCBI_IDCONV_URL,
  CDN_PROVIDER: process.env.CDN_PROVIDER,
  CDN_PURGE_URL: process.env.CDN_PURGE_URL,
  CDN_SERVICE_ID: process.env.CDN_SERVICE_ID,
  CDN_API_TOKEN: process.env.CDN_API_TOKEN,
})

/** The CDN to purge after each webhook, as lib/cdn/purge.ts takes it; undefined when none is configured. */
export function cdnConfig(parsed: Env): CdnConfig | undefined {
  if (!parsed.CDN_PROVIDER) return undefined
  const purgeUrl = parsed.CDN_PURGE_URL ?? (parsed.CDN_PROVIDER === 'varnish' ? '' : DEFAULT_API_ORIGINS[parsed.CDN_PROVIDER])
  return { provider: parsed.CDN_PROVIDER, purgeUrl, serviceId: parsed.CDN_SERVICE_ID, apiToken: parsed.CDN_API_TOKEN }
}
