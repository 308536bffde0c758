// @ts-check
import { randomBytes } from 'node:crypto'

/**
 * The breaker's state (./index.ts), on `globalThis`: `proxy.ts` and the app's routes are bundled
 * separately, and the page cache handler (lib/page-cache) is loaded by Node as it is, yet all run
 * in one process and must see the same breaker. Plain JavaScript so that handler can import it.
 */

/**
 * @typedef {object} BreakerState
 * @property {number} openUntil until when reads are not tried (ms since the epoch)
 * @property {string} bypassToken marks the proxy's own look-up of a page (./outage-lookup.ts)
 */

const KEY = Symbol.for('cited.contentLake.availability')
export const breakerState = /** @type {BreakerState} */ (
  /** @type {Record<symbol, BreakerState | undefined>} */ (globalThis)[KEY] ??= {
    openUntil: 0,
    bypassToken: randomBytes(16).toString('hex'),
  }
)

/** True while reads should not be tried (the lake failed less than OPEN_FOR_MS ago). */
export const isLakeDown = (now = Date.now()) => now < breakerState.openUntil
