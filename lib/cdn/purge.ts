import { OVERFLOW_KEY } from './edge-headers.js'
import type { CdnProvider } from './providers'

/**
 * Purging a CDN by surrogate key after the webhook has expired the same tags at the origin:
 * one adapter per CDN the site supports (DESIGN.md `CDN_PROVIDER`), each speaking that CDN's own
 * purge API. Purges are hard (the copy is gone, not marked stale): once the CDN acknowledges,
 * no reader is served the old page.
 */

export interface CdnConfig {
  provider: CdnProvider
  /** Varnish: where `PURGE` is sent; Fastly/Cloudflare: their API origin. */
  purgeUrl: string
  /** Fastly service id or Cloudflare zone id. */
  serviceId?: string
  apiToken?: string
}

/** Keys per request: Fastly's bulk purge takes 256, Cloudflare's purge by tag 100. */
const BATCH_SIZE: Record<CdnProvider, number> = { varnish: 256, fastly: 256, cloudflare: 100 }

/** One purge request for a batch of keys, as the CDN's API expects it. */
function purgeRequest(config: CdnConfig, keys: string[]): { url: string; init: RequestInit } {
  const origin = config.purgeUrl.replace(/\/+$/, '')
  switch (config.provider) {
    case 'varnish':
      // deploy/varnish/site.vcl: `PURGE` with an `xkey` header, from an address its ACL allows.
      return { url: config.purgeUrl, init: { method: 'PURGE', headers: { xkey: keys.join(' ') } } }
    case 'fastly':
      // POST /service/{service_id}/purge, keys in a Surrogate-Key header; no Fastly-Soft-Purge (hard).
      return {
        url: `${origin}/service/${encodeURIComponent(config.serviceId ?? '')}/purge`,
        init: {
          method: 'POST',
          headers: { 'fastly-key': config.apiToken ?? '', 'surrogate-key': keys.join(' '), accept: 'application/json' },
        },
      }
    case 'cloudflare':
      // POST /client/v4/zones/{zone_id}/purge_cache with {"tags": [...]}, an API token as Bearer.
      return {
        url: `${origin}/client/v4/zones/${encodeURIComponent(config.serviceId ?? '')}/purge_cache`,
        init: {
          method: 'POST',
          headers: { authorization: `Bearer ${config.apiToken ?? ''}`, 'content-type': 'application/json' },
          body: JSON.stringify({ tags: keys }),
        },
      }
  }
}

class PurgeError extends Error {
  constructor(
    message: string,
    readonly retriable: boolean,
  ) {
    super(message)
  }
}

/** Throws a PurgeError unless the CDN acknowledged the purge. Cloudflare says so in its body. */
async function acknowledged(provider: CdnProvider, response: Response): Promise<void> {
  const body = await response.text()
  if (response.ok && provider === 'cloudflare') {
    const success = (() => {
      try {
        return (JSON.parse(body) as { success?: unknown }).success === true
      } catch {
        return false
      }
    })()
    if (success) return
    throw new PurgeError(`Cloudflare answered ${response.status} without success: ${body.slice(0, 300)}`, false)
  }
  if (response.ok) return
  // Rate limits and the CDN's own failures pass; a refused token or a wrong id does not.
  const retriable = response.status === 429 || response.status >= 500
  throw new PurgeError(`${provider} answered ${response.status}: ${body.slice(0, 300)}`, retriable)
}

export interface PurgeOptions {
  fetch?: typeof fetch
  log?: Pick<Console, 'error' | 'info'>
  /** Attempts per batch, the first included. */
  attempts?: number
  /** Wait before the second attempt; doubled before each further one. */
  firstDelayMs?: number
  /** Each request's own limit. */
  timeoutMs?: number
}

export interface PurgeOutcome {
  provider: CdnProvider
  keys: string[]
  ok: boolean
  attempts: number
  error?: string
}

/**
 * Purges `tags` (and OVERFLOW_KEY, which pages whose tags did not fit carry) at the CDN, in
 * batches the API accepts, each retried with exponential backoff when the failure may pass.
 * Bounded: with the defaults at most 4 attempts of 5 s each and 0.25 + 0.5 + 1 s of waiting per
 * batch. Never throws: a purge that failed is logged and reported, and the webhook stays a success
 * (the page is still refreshed at the origin, and the edge's lifetime bounds the rest).
 * The retry loop is our own: a dozen lines, where a retry library would be a dependency for it.
 */
export async function purgeCdn(config: CdnConfig, tags: string[], options: PurgeOptions = {}): Promise<PurgeOutcome> {
  const { fetch: send = fetch, log = console, attempts = 4, firstDelayMs = 250, timeoutMs = 5_000 } = options
  const keys = [...new Set([...tags, OVERFLOW_KEY])]
  const batchSize = BATCH_SIZE[config.provider]
  let made = 0
  for (let start = 0; start < keys.length; start += batchSize) {
    const batch = keys.slice(start, start + batchSize)
    for (let attempt = 1; ; attempt++) {
      made++
      try {
        const { url, init } = purgeRequest(config, batch)
        await acknowledged(config.provider, await send(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }))
        break
      } catch (caught) {
        const error = caught instanceof PurgeError ? caught : new PurgeError(`${config.provider} unreachable: ${String(caught)}`, true)
        if (!error.retriable || attempt >= attempts) {
          log.error(`[cdn] purge of ${batch.join(' ')} failed after ${attempt} attempt(s): ${error.message}`)
          return { provider: config.provider, keys, ok: false, attempts: made, error: error.message }
        }
        await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** (attempt - 1)))
      }
    }
  }
  log.info(`[cdn] ${config.provider} purged ${keys.join(' ')}`)
  return { provider: config.provider, keys, ok: true, attempts: made }
}
