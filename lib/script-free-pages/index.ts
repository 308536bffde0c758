/**
 * Pages with nothing to run in the browser are sent without JavaScript.
 *
 * Next.js sends every App Router page with its runtime (React and the router, ~130 KB gzip) and
 * the page's RSC payload, and hydrates it. A post or a listing of static islands
 * (components/static-island) and plain links (components/PageLink) gives hydration nothing to do,
 * yet evaluating the runtime and hydrating were most of such a page's main-thread time after its
 * first paint (Lighthouse TBT). Next has no switch for this in the App Router, so the page cache
 * (lib/page-cache) removes the scripts from a stored page whose payload names no client component
 * that acts in the browser. Such a page is what the reader would get from a static file.
 *
 * What is kept: data blocks (JSON-LD, speculation rules) and every script of a page that needs
 * them (a video player, anything not known here). The RSC payload Next serves to `_rsc` requests
 * is left alone. Anything unexpected in the page leaves it as Next rendered it.
 *
 * The page cache, which Node loads uncompiled, imports this file: erasable TypeScript only.
 */
import { FLIGHT_SCRIPT } from '../next-inline-scripts/index.js'

/**
 * Client components that do nothing in a page rendered on the server, by the name the payload
 * gives them: the router's own parts, which arrive with the runtime (no chunks of their own), and
 * our static islands, which only keep the server's HTML, and the header's section links, whose
 * current-section mark is in that HTML already.
 */
const RUNTIME_PARTS = new Set(['', 'OutletBoundary', 'MetadataBoundary', 'ViewportBoundary', 'RootLayoutBoundary', 'IconMark'])
const INERT_COMPONENTS = new Set(['StaticIsland', 'SectionNav'])
/** Error boundaries (app/…/error.tsx, app/global-error.tsx): they act only on an error in the browser. */
const ERROR_BOUNDARY_CHUNK = /\/(?:global-)?error-[\da-f]+\.js$/

const RUNTIME_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]+"[^>]*><\/script>/g
const RUNTIME_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/static\/[^"]+"[^>]*\/?>/g

/** A client component the payload references: its export name and the files of its chunks. */
interface ClientReference {
  name: unknown
  files: unknown[]
}

/**
 * The RSC payload inlined in a page's HTML, as Next streams it into `self.__next_f`; undefined when
 * a flight script is not what Next writes.
 */
function inlinePayload(html: string): string | undefined {
  let payload = ''
  for (const match of html.matchAll(FLIGHT_SCRIPT)) {
    try {
      const [kind, text] = JSON.parse(match[1] ?? '')
      if (kind === 1 && typeof text === 'string') payload += text
    } catch {
      return undefined
    }
  }
  return payload
}

/**
 * The client components a payload references: rows `id:I[module,[chunk, file, …],"export"]`,
 * where an export or chunk file may be a reference (`"$1a"`) to a string row (`1a:"…"`).
 */
function clientReferences(payload: string): ClientReference[] {
  const strings = new Map<string, string>()
  const references: { name: unknown; chunks: unknown[] }[] = []
  for (const line of payload.split('\n')) {
    const row = /^([\da-f]+):(I?)([["].*)$/.exec(line)
    if (!row) continue
    let value: unknown
    try {
      value = JSON.parse(row[3] ?? '')
    } catch {
      continue
    }
    if (row[2] === 'I' && Array.isArray(value)) references.push({ name: value[2], chunks: Array.isArray(value[1]) ? value[1] : [] })
    else if (typeof value === 'string') strings.set(row[1] ?? '', value)
  }
  const resolve = (value: unknown) => (typeof value === 'string' && value.startsWith('$') ? (strings.get(value.slice(1)) ?? value) : value)
  return references.map(({ name, chunks }) => ({
    name: resolve(name),
    files: chunks.map(resolve).filter((chunk) => typeof chunk === 'string' && chunk.endsWith('.js')),
  }))
}

function isInert({ name, files }: ClientReference): boolean {
  if (typeof name !== 'string') return false
  if (RUNTIME_PARTS.has(name)) return files.length === 0
  if (INERT_COMPONENTS.has(name)) return true
  return name === 'default' && files.length > 0 && files.every((file) => ERROR_BOUNDARY_CHUNK.test(String(file)))
}

/** The page's HTML without Next's scripts when nothing in it needs them; otherwise as it is. */
export function withoutNeedlessScripts(html: string): string {
  if (!html.includes('self.__next_f')) return html
  const payload = inlinePayload(html)
  if (!payload) return html
  if (!clientReferences(payload).every(isInert)) return html
  const stripped = html.replace(FLIGHT_SCRIPT, '').replace(RUNTIME_SCRIPT, '').replace(RUNTIME_PRELOAD, '')
  // A script of a shape not matched above: the page stays whole rather than half its runtime.
  return stripped.includes('__next_f') || /<script\b[^>]*\bsrc=/.test(stripped) ? html : stripped
}

/** Entries already through withScriptFreePage, so a page that keeps its scripts is not parsed per request. */
const judged = new WeakSet<object>()

/**
 * What the page cache calls on each page entry it stores or serves (in place, like the other
 * preparers in lib/page-cache). Entries that are not HTML pages pass unchanged.
 */
export function withScriptFreePage<Value extends { kind?: string; html?: unknown }>(
  value: Value | null | undefined,
): Value | null | undefined {
  if (!value || value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || !value.html) return value
  // The cache hands back the same entry on every hit: judge each entry once.
  if (judged.has(value)) return value
  value.html = withoutNeedlessScripts(value.html)
  judged.add(value)
  return value
}
