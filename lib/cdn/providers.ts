/** The CDNs the site can purge after a publish (DESIGN.md `CDN_PROVIDER`; adapters in ./purge.ts). */
export const CDN_PROVIDERS = ['varnish', 'fastly', 'cloudflare'] as const
export type CdnProvider = (typeof CDN_PROVIDERS)[number]

/** Fastly's and Cloudflare's public API origins, used when CDN_PURGE_URL is not set. */
export const DEFAULT_API_ORIGINS = { fastly: 'https://api.fastly.com', cloudflare: 'https://api.cloudflare.com' } as const
