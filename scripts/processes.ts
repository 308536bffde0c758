import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** Servers the tests and the benchmark start themselves: a free port and a clean stop. */

/** A TCP port on 127.0.0.1 nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

/**
 * Signals a process started with `detached: true` and everything it forked (`next start` runs
 * workers), so no server outlives the run.
 */
export function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    child.kill(signal) // not a group leader after all
  }
}
