/**
 * What the site refuses before any route runs. Next itself answers a malformed percent-escape in
 * a dynamic segment with a bare 500 (it fails decoding the params), and a NUL byte or a very long
 * slug reaches the page, the data cache and the file-system page cache (which log errors writing
 * them). None of these can name real content, so they stop here, with a 4xx.
 */

/** Longer than any slug the Studio makes (sanity/ slugs are capped far below this). */
export const MAX_SEGMENT_LENGTH = 200
export const MAX_PATH_LENGTH = 1024
/** The search box caps queries far below this; nothing else reads the query string. */
export const MAX_QUERY_LENGTH = 2048
/**
 * The site reads at most four parameters; Next's URL parsing is quadratic in their count
 * (docs/upstream/next-many-query-parameters.md), so more than this is refused before Next runs.
 */
export const MAX_QUERY_PARAMETERS = 100

/** True when a raw query string (without `?`) is longer or has more parameters than the site accepts. */
export function queryTooLarge(rawQuery: string): boolean {
  if (rawQuery.length > MAX_QUERY_LENGTH) return true
  let parameters = 1
  for (let index = rawQuery.indexOf('&'); index !== -1; index = rawQuery.indexOf('&', index + 1)) {
    if (++parameters > MAX_QUERY_PARAMETERS) return true
  }
  return false
}

/** Reader pages and the Studio are read-only: no forms post to them, no Server Actions exist. */
export const PAGE_METHODS = ['GET', 'HEAD'] as const

/** What each API route exports (app/api/…/route.ts), HEAD with GET as Next adds it; checked against Next's OPTIONS answers in tests/pages. */
export const API_ROUTE_METHODS: Record<string, readonly string[]> = {
  '/api/draft-mode/enable': ['GET', 'HEAD'],
  '/api/draft-mode/disable': ['GET', 'HEAD'],
  '/api/revalidate': ['POST'],
  '/api/references/lookup': ['POST'],
  '/api/sources/check': ['POST'],
}

/** The methods a path answers: what a 405 names in `Allow`. An unknown API path answers none. */
export const allowedMethods = (rawPath: string): readonly string[] =>
  rawPath === '/api' || rawPath.startsWith('/api/') ? (API_ROUTE_METHODS[rawPath] ?? []) : PAGE_METHODS

export type Verdict =
  | { kind: 'pass' }
  /** A request no URL of this site can satisfy: 400 with a short explanation. */
  | { kind: 'bad-request'; reason: string }
  /** Well-formed but cannot name anything here (e.g. a 5,000-character slug): the designed 404. */
  | { kind: 'not-found' }
  | { kind: 'uri-too-long' }
  | { kind: 'method-not-allowed'; allow: readonly string[] }

// C0 controls and DEL; a decoded path or query never legitimately contains them.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/

function decodes(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * @param method the request method
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query string as sent, without `?`
 */
export function judgeRequest(method: string, rawPath: string, rawQuery: string): Verdict {
  if (rawPath.length > MAX_PATH_LENGTH || queryTooLarge(rawQuery)) return { kind: 'uri-too-long' }
  const segments: string[] = []
  for (const segment of rawPath.split('/')) {
    const decoded = decodes(segment)
    if (decoded === null) return { kind: 'bad-request', reason: 'The address contains a malformed percent-escape.' }
    if (CONTROL_CHARACTERS.test(decoded)) return { kind: 'bad-request', reason: 'The address contains a control character.' }
    segments.push(decoded)
  }
  for (const part of rawQuery.split(/[&=]/)) {
    const decoded = decodes(part.replace(/\+/g, ' '))
    if (decoded === null) return { kind: 'bad-request', reason: 'The query string contains a malformed percent-escape.' }
    if (CONTROL_CHARACTERS.test(decoded)) return { kind: 'bad-request', reason: 'The query string contains a control character.' }
  }
  const isApi = rawPath === '/api' || rawPath.startsWith('/api/')
  // API routes declare their own methods, and Next answers the rest with 405.
  if (!isApi && !(PAGE_METHODS as readonly string[]).includes(method)) return { kind: 'method-not-allowed', allow: PAGE_METHODS }
  if (segments.some((segment) => segment.length > MAX_SEGMENT_LENGTH)) return { kind: 'not-found' }
  return { kind: 'pass' }
}
