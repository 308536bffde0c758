import type { Env } from '../../env'
import { userAgentFor } from '../../sources-health/check'

/**
 * The bibliographic services a lookup (and the retraction check) asks: Crossref's works API and
 * NCBI's ID converter and E-utilities. Their addresses come from the environment (stand-ins in
 * tests). Answers are read up to a size cap, with a timeout, and parsed with zod: a service that
 * answers nonsense is an error, never a half-filled citation.
 */

export interface ServiceOptions {
  crossrefApiUrl: string
  eutilsUrl: string
  idconvUrl: string
  /** Names the site (and how to reach it), as Crossref's and NCBI's etiquette asks. */
  userAgent: string
  timeoutMs: number
  fetch?: typeof fetch
}

export const DEFAULT_SERVICE_TIMEOUT_MS = 8_000
/** A Crossref work with hundreds of references is ~200 KB; nothing we ask for is larger than this. */
const MAX_JSON_BYTES = 2 * 1024 * 1024

export class ServiceError extends Error {
  override name = 'ServiceError'
}

/** `null` for a 404 (no such DOI/PMID), the parsed JSON otherwise; throws on anything else. */
export async function getJson(url: URL, options: ServiceOptions): Promise<unknown | null> {
  const response = await (options.fetch ?? fetch)(url, {
    headers: { 'user-agent': options.userAgent, accept: 'application/json' },
    signal: AbortSignal.timeout(options.timeoutMs),
    redirect: 'follow',
  })
  if (response.status === 404) {
    await response.body?.cancel()
    return null
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw new ServiceError(`${url.host} answered ${response.status}`)
  }
  const reader = response.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_JSON_BYTES) {
      await reader.cancel()
      throw new ServiceError(`${url.host} answered more than ${MAX_JSON_BYTES} bytes`)
    }
    chunks.push(value)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new ServiceError(`${url.host} answered something other than JSON`)
  }
}

/** `base` + a path, whether or not the base ends in a slash. */
export const serviceUrl = (base: string, path: string) => new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`)

/** The services as this site's environment names them. */
export function serviceOptionsFromEnv(
  env: Pick<Env, 'CROSSREF_API_URL' | 'NCBI_EUTILS_URL' | 'NCBI_IDCONV_URL' | 'NEXT_PUBLIC_SITE_URL'>,
  timeoutMs = DEFAULT_SERVICE_TIMEOUT_MS,
): ServiceOptions {
  return {
    crossrefApiUrl: env.CROSSREF_API_URL,
    eutilsUrl: env.NCBI_EUTILS_URL,
    idconvUrl: env.NCBI_IDCONV_URL,
    userAgent: userAgentFor(env.NEXT_PUBLIC_SITE_URL),
    timeoutMs,
  }
}
