import { env } from '../env'
import { createLakeClient } from '../source/client'
import { sourceConfigFromEnv } from '../source/config'
import { breakerState } from './breaker-state'
import { throughBreaker } from './index'

/**
 * Lets the page cache ask the Content Lake whether it answers before a page renders
 * (./breaker-state.ts, `isLakeDownBeforeRender`). The smallest query there is, never cached,
 * through the breaker like every read, with the site's own client and its timeouts and retry.
 * Installed once per server process, from instrumentation.ts; nothing when the site reads the
 * local dataset, which never goes down.
 */
export function installLakeCheck() {
  const source = sourceConfigFromEnv(env)
  if (source.kind !== 'lake') return
  const client = createLakeClient({ ...source, token: source.readToken })
  breakerState.askLake = () => throughBreaker(() => client.fetch('1', {}, { cache: 'no-store' }))
}
