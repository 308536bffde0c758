/** Runs once when a server process starts (Next.js instrumentation). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await stopOnInvalidSettings()
  const { guardHttpServers } = await import('./lib/requests/server-guard')
  guardHttpServers()
  const { installLakeCheck } = await import('./lib/lake-availability/lake-check')
  installLakeCheck()
}

/**
 * A bad setting stops the server now, naming the variable, instead of a server that says
 * "Ready" and answers 500 on every route (a supervisor restarts only a process that exits).
 */
async function stopOnInvalidSettings() {
  let problems: string[]
  try {
    const { env, buildTimeValuesChanged } = await import('./lib/env')
    // Read by name at run time: a literal `process.env.NEXT_PUBLIC_…` would be the build's value.
    const started: Record<string, string | undefined> = { ...process.env }
    problems = buildTimeValuesChanged(env, started)
    if (problems.length > 0) problems.unshift('Settings fixed by the build were changed at start:')
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)]
  }
  if (problems.length === 0) return
  console.error(`${problems.join('\n')}\nThe server stops: fix the settings above and start it again.`)
  process.exit(1)
}
