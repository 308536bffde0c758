/**
 * What each static island on a page being rendered holds, from the server component that has it
 * (./Island.tsx, in the React Server Components render) to the server-side HTML render that turns
 * it into markup (./IslandHtml.tsx). Both renders of one request run in this process, one right
 * after the other, but from separate bundles: hence a registry on globalThis rather than a module
 * variable. An entry is only needed for those few moments; entries older than a minute go.
 */

const LIFETIME_MS = 60_000

interface Entry {
  content: unknown
  storedAt: number
}

const KEY = Symbol.for('cited.staticIslands')
const entries: Map<string, Entry> = ((globalThis as Record<symbol, Map<string, Entry> | undefined>)[KEY] ??= new Map())

/** Keeps `content` for the HTML render; the returned id is all the browser receives of it. */
export function rememberIsland(content: unknown, now = Date.now()): string {
  // Oldest first (insertion order): stop at the first one still needed.
  for (const [id, entry] of entries) {
    if (now - entry.storedAt < LIFETIME_MS) break
    entries.delete(id)
  }
  const id = crypto.randomUUID()
  entries.set(id, { content, storedAt: now })
  return id
}

/** The content stored under `id`; an island without it would be an empty block on the page. */
export function recallIsland(id: string): unknown {
  const entry = entries.get(id)
  if (!entry) throw new Error(`Static island ${id} has no content in this process: it was rendered elsewhere or too long ago.`)
  return entry.content
}
