import { describe, expect, it } from 'vitest'
import { EnvError, buildTimeValuesChanged, cdnConfig, parseEnv } from './env'
import { DEFAULT_API_VERSION } from './sanity-api-defaults'

describe('parseEnv', () => {
  it('runs on the demo dataset with nothing set', () => {
    const env = parseEnv({})
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SANITY_DATASET).toBe('production')
    expect(env.NEXT_PUBLIC_SANITY_API_VERSION).toBe(DEFAULT_API_VERSION)
    expect(env.NEXT_PUBLIC_SITE_URL).toBe('http://localhost:3000')
    expect(env.WAYBACK_API_URL).toBe('https://archive.org/wayback/available')
    expect(env.NEXT_PUBLIC_SANITY_API_HOST).toBe('https://api.sanity.io')
    expect(env.CROSSREF_API_URL).toBe('https://api.crossref.org')
    expect(env.NCBI_EUTILS_URL).toBe('https://eutils.ncbi.nlm.nih.gov/entrez/eutils')
    expect(env.NCBI_IDCONV_URL).toBe('https://www.ncbi.nlm.nih.gov/pmc/utils/idconv/v1.0/')
  })

  it('takes a Content Lake-compatible API host as an origin', () => {
    expect(parseEnv({ NEXT_PUBLIC_SANITY_API_HOST: 'http://localhost:4010/' }).NEXT_PUBLIC_SANITY_API_HOST).toBe('http://localhost:4010')
  })

  it('treats blank values as unset and trims a trailing slash from the site URL', () => {
    const env = parseEnv({ NEXT_PUBLIC_SANITY_PROJECT_ID: '  ', NEXT_PUBLIC_SITE_URL: 'https://health.example/' })
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SITE_URL).toBe('https://health.example')
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'My Project!', /NEXT_PUBLIC_SANITY_PROJECT_ID: expected a Sanity project id/],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Production Data', /NEXT_PUBLIC_SANITY_DATASET: expected a dataset name/],
    ['NEXT_PUBLIC_SANITY_API_VERSION', 'latest', /NEXT_PUBLIC_SANITY_API_VERSION: expected a dated API version/],
    ['NEXT_PUBLIC_SITE_URL', 'javascript:alert(1)', /NEXT_PUBLIC_SITE_URL: expected an absolute http\(s\) URL/],
    ['NEXT_PUBLIC_SITE_URL', 'example.com', /NEXT_PUBLIC_SITE_URL: expected an absolute http\(s\) URL/],
    ['WAYBACK_API_URL', 'archive.org/wayback', /WAYBACK_API_URL: expected an absolute http\(s\) URL/],
    ['CROSSREF_API_URL', 'api.crossref.org', /CROSSREF_API_URL: expected an absolute http\(s\) URL/],
    ['NCBI_EUTILS_URL', 'ftp://eutils.example', /NCBI_EUTILS_URL: expected an absolute http\(s\) URL/],
    ['NCBI_IDCONV_URL', 'idconv', /NCBI_IDCONV_URL: expected an absolute http\(s\) URL/],
    ['NEXT_PUBLIC_SANITY_API_HOST', 'api.sanity.io', /NEXT_PUBLIC_SANITY_API_HOST: expected an absolute http\(s\) URL/],
    ['NEXT_PUBLIC_SANITY_API_HOST', 'https://proxy.example/v1', /NEXT_PUBLIC_SANITY_API_HOST: expected an origin with no path/],
    ['SANITY_LOCAL_DATASET', 'content/demo/data.json', /SANITY_LOCAL_DATASET: expected a path to an \.ndjson file/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL/],
    ['REDIS_URL', 'http://cache.internal:6379', /REDIS_URL: expected a redis:\/\/ or rediss:\/\/ URL/],
    ['PAGE_CACHE', 'vercel', /PAGE_CACHE: expected "cited" or "next"/],
  ])('rejects a bad %s with a message naming it', (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(EnvError)
    expect(() => parseEnv({ [name]: value })).toThrow(message)
  })

  it('accepts a Redis URL with credentials and TLS', () => {
    expect(parseEnv({ REDIS_URL: 'rediss://default:secret@cache.internal:6380/0' }).REDIS_URL).toBe(
      'rediss://default:secret@cache.internal:6380/0',
    )
    expect(parseEnv({ REDIS_URL: ' ' }).REDIS_URL).toBeUndefined()
  })

  it('names every bad variable at once', () => {
    expect(() => parseEnv({ NEXT_PUBLIC_SANITY_DATASET: 'A B', NEXT_PUBLIC_SITE_URL: 'nope' })).toThrow(
      /NEXT_PUBLIC_SANITY_DATASET[\s\S]*NEXT_PUBLIC_SITE_URL/,
    )
  })

  it('names a build-time variable given another value at start, and only that', () => {
    const built = parseEnv({ NEXT_PUBLIC_SITE_URL: 'https://health.example' })
    expect(buildTimeValuesChanged(built, { NEXT_PUBLIC_SITE_URL: 'https://health.example/', REDIS_URL: 'redis://cache:6379' })).toEqual([])
    expect(buildTimeValuesChanged(built, {})).toEqual([])
    expect(buildTimeValuesChanged(built, { NEXT_PUBLIC_SITE_URL: 'https://other.example' })).toEqual([
      '  NEXT_PUBLIC_SITE_URL: fixed when the site was built (https://health.example), given https://other.example at start. Build again with the new value.',
    ])
    expect(() => buildTimeValuesChanged(built, { NEXT_PUBLIC_SITE_URL: 'example.org' })).toThrow(/NEXT_PUBLIC_SITE_URL: expected/)
  })
})

describe('the CDN to purge', () => {
  it('is none unless CDN_PROVIDER is set', () => {
    expect(cdnConfig(parseEnv({}))).toBeUndefined()
  })

  it('takes each provider with what it needs; Fastly and Cloudflare default to their public APIs', () => {
    expect(cdnConfig(parseEnv({ CDN_PROVIDER: 'varnish', CDN_PURGE_URL: 'http://varnish.internal:6081/' }))).toEqual({
      provider: 'varnish',
      purgeUrl: 'http://varnish.internal:6081/',
      serviceId: undefined,
      apiToken: undefined,
    })
    expect(cdnConfig(parseEnv({ CDN_PROVIDER: 'fastly', CDN_SERVICE_ID: 'SU1Z0isxPaozGVKXdv0eY', CDN_API_TOKEN: 't' }))?.purgeUrl).toBe(
      'https://api.fastly.com',
    )
    expect(cdnConfig(parseEnv({ CDN_PROVIDER: 'cloudflare', CDN_SERVICE_ID: 'zone1', CDN_API_TOKEN: 't' }))?.purgeUrl).toBe(
      'https://api.cloudflare.com',
    )
  })

  it.each([
    [{ CDN_PROVIDER: 'akamai' }, /CDN_PROVIDER: expected one of varnish, fastly, cloudflare/],
    [{ CDN_PROVIDER: 'varnish' }, /CDN_PURGE_URL: expected the URL Varnish accepts PURGE on.*required with CDN_PROVIDER=varnish/],
    [{ CDN_PROVIDER: 'varnish', CDN_PURGE_URL: 'varnish:6081' }, /CDN_PURGE_URL: expected an absolute http\(s\) URL/],
    [{ CDN_PROVIDER: 'fastly', CDN_API_TOKEN: 't' }, /CDN_SERVICE_ID: expected the Fastly service id/],
    [{ CDN_PROVIDER: 'cloudflare', CDN_SERVICE_ID: 'zone1' }, /CDN_API_TOKEN: expected a Cloudflare API token/],
    [
      { CDN_PROVIDER: 'fastly', CDN_SERVICE_ID: 'a/b', CDN_API_TOKEN: 't' },
      /CDN_SERVICE_ID: expected a Fastly service id or Cloudflare zone id/,
    ],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(EnvError)
    expect(() => parseEnv(env)).toThrow(message)
  })
})
