// @ts-check
/**
 * REDIS_URL's one rule, shared by lib/env.ts (the site's zod schema) and the cache handler,
 * which Next loads as plain JavaScript before any of the site's TypeScript runs.
 */
export const REDIS_URL_EXPECTED = 'a redis:// or rediss:// URL such as redis://cache.internal:6379'

/** @param {string} value */
export function isRedisUrl(value) {
  try {
    const url = new URL(value)
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The URL without its password, for log lines. @param {string} value */
export function redactRedisUrl(value) {
  const url = new URL(value)
  if (url.password) url.password = '***'
  return url.toString()
}
