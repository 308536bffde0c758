/**
 * REDIS_URL's one rule, shared by lib/env.ts (the site's zod schema) and the cache handler,
 * which Next loads with Node at run time, before any of the site's bundled code runs.
 */
export const REDIS_URL_EXPECTED = 'a redis:// or rediss:// URL such as redis://cache.internal:6379'

export function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The URL without its password, for log lines. */
export function redactRedisUrl(value: string): string {
  const url = new URL(value)
  if (url.password) url.password = '***'
  return url.toString()
}
