/**
 * Bounded concurrency overall and per host, with a pause between requests to the same host,
 * so checking a hundred citations of one publisher looks like a slow reader, not an attack.
 */
export interface SchedulerOptions {
  concurrency: number
  perHostConcurrency: number
  perHostDelayMs: number
  now?: () => number
}

export function createScheduler(options: SchedulerOptions) {
  const now = options.now ?? Date.now
  let running = 0
  const hosts = new Map<string, { running: number; nextStartAt: number }>()
  const waiting: Array<{ host: string; start: () => void }> = []
  let timer: NodeJS.Timeout | undefined

  const pump = () => {
    timer = undefined
    let soonest = Infinity
    for (let index = 0; index < waiting.length && running < options.concurrency;) {
      const job = waiting[index]!
      const host = hosts.get(job.host) ?? { running: 0, nextStartAt: 0 }
      hosts.set(job.host, host)
      const readyAt = host.nextStartAt
      if (host.running < options.perHostConcurrency && readyAt <= now()) {
        waiting.splice(index, 1)
        running++
        host.running++
        host.nextStartAt = now() + options.perHostDelayMs
        job.start()
        continue
      }
      if (host.running < options.perHostConcurrency) soonest = Math.min(soonest, readyAt)
      index++
    }
    if (soonest < Infinity && !timer) timer = setTimeout(pump, Math.max(0, soonest - now()))
  }

  return {
    /** Runs `task` when a slot overall and for `host` is free and the host's pause has passed. */
    run<T>(host: string, task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          host,
          start: () => {
            task()
              .then(resolve, reject)
              .finally(() => {
                running--
                const entry = hosts.get(host)!
                entry.running--
                // The pause counts from when a request ends as well as when it starts.
                entry.nextStartAt = Math.max(entry.nextStartAt, now() + options.perHostDelayMs)
                pump()
              })
          },
        })
        pump()
      })
    },
  }
}
