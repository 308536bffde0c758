import { breakerState as state, isLakeDown, retryAfterSeconds } from './breaker-state'

/**
 * Whether the Content Lake is answering, as this server has seen it: a circuit breaker.
 *
 * A read that fails for want of the lake (no connection, a timeout, a 5xx or 429) opens the
 * breaker for OPEN_FOR_MS; while it is open, reads fail at once instead of each reader waiting
 * through a timeout, and `proxy.ts` answers pages Next.js cannot serve from its cache with a
 * designed 503 and `Retry-After`. After that the next read tries the lake again: a success closes
 * the breaker (recovery needs no restart), a failure opens it for another period.
 *
 * Its state is one per process (./breaker-state.ts), which the page cache reads too: while the
 * breaker is open, a page whose cached copy a publish expired is served from that copy.
 */
export const OPEN_FOR_MS = 10_000

/**
 * How long one read may wait for the lake (lib/source/client.ts) before it counts as no answer:
 * long enough for a large query on a busy project, short enough that a reader is answered.
 */
export const LAKE_REQUEST_TIMEOUT_MS = 5_000

export class ContentLakeUnavailableError extends Error {
  override name = 'ContentLakeUnavailableError'
}

export const lakeAvailability = {
  /** True while reads should not be tried (the lake failed less than OPEN_FOR_MS ago). */
  isDown: isLakeDown,
  /** Whole seconds until the lake is tried again, for `Retry-After`. */
  retryAfterSeconds,
  reportFailure: (now = Date.now()) => void (state.openUntil = now + OPEN_FOR_MS),
  reportSuccess: () => void (state.openUntil = 0),
  bypassToken: () => state.bypassToken,
}

/**
 * A failure that says the lake is unreachable or unwell, as opposed to one that says this query
 * is wrong (4xx: bad GROQ, a missing token), which an outage page would only hide.
 */
export function isOutage(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode
  return typeof status !== 'number' || status >= 500 || status === 429
}

/** Runs one Content Lake read through the breaker. */
export async function throughBreaker<T>(read: () => Promise<T>): Promise<T> {
  if (lakeAvailability.isDown())
    throw new ContentLakeUnavailableError('The Content Lake did not answer a moment ago; not trying again yet.')
  try {
    const result = await read()
    lakeAvailability.reportSuccess()
    return result
  } catch (error) {
    if (!isOutage(error)) throw error
    lakeAvailability.reportFailure()
    throw new ContentLakeUnavailableError(`The Content Lake did not answer: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    })
  }
}
