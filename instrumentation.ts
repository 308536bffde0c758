/** Runs once when a server process starts (Next.js instrumentation). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { guardHttpServers } = await import('./lib/requests/server-guard')
  guardHttpServers()
  const { installLakeCheck } = await import('./lib/lake-availability/lake-check')
  installLakeCheck()
}
