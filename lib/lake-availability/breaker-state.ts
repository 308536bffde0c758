import { randomBytes } from 'node:crypto'

/**
 * The breaker's state (./index.ts), on `globalThis`: `proxy.ts` and the app's routes are bundled
 * separately, and the page cache handler (lib/page-cache) is loaded by Node as it is (types
 * stripped, so erasable TypeScript only), yet all run in one process and must see the same breaker.
 */
export interface BreakerState {
  /** Until when reads are not tried (ms since the epoch). */
  openUntil: number
  /** Marks the proxy's own look-up of a page (lib/per-request-pages). */
  bypassToken: string
  /**
   * One small read through the breaker (./lake-check.ts installs it when the site reads the lake;
   * the local source has none).
   */
  askLake: (() => Promise<unknown>) | undefined
}

const KEY = Symbol.for('cited.contentLake.availability')
export const breakerState: BreakerState = ((globalThis as Record<symbol, BreakerState | undefined>)[KEY] ??= {
  openUntil: 0,
  bypassToken: randomBytes(16).toString('hex'),
  askLake: undefined,
})

/** True while reads should not be tried (the lake failed less than OPEN_FOR_MS ago). */
export const isLakeDown = (now = Date.now()) => now < breakerState.openUntil

/** Whole seconds until the lake is tried again, for `Retry-After`. */
export const retryAfterSeconds = (now = Date.now()) => Math.max(1, Math.ceil((breakerState.openUntil - now) / 1000))

/**
 * For a page about to render because the page cache has no entry for it: whether the lake is down,
 * asking it first if the breaker does not already say so. The render would otherwise be the one
 * to find out, and fail as Next's 500 rather than the designed 503 (lib/page-cache/handler.js).
 */
export async function isLakeDownBeforeRender(): Promise<boolean> {
  if (isLakeDown()) return true
  if (!breakerState.askLake) return false
  try {
    await breakerState.askLake()
  } catch {
    // An outage has opened the breaker; any other failure is the render's to report.
  }
  return isLakeDown()
}
