// @ts-check
/*
 * JavaScript with JSDoc types, not TypeScript, for the standalone output: the cache handler loads
 * this file (through lib/security/headers.js), and Next's build copies the handler's files with a
 * tracer (@vercel/nft) that reads only JavaScript, so htmlparser2, imported here, would be left
 * out of a .ts file's trace and the standalone server would not start
 * (lib/cache-handler/standalone-trace.test.ts).
 */
/**
 * The inline scripts Next.js writes into an App Router page, told apart from anything else an
 * HTML page may hold. Everything the site relies on in the shape of Next's HTML output is here,
 * checked against a real build by tests/pages/next-inline-scripts.test.ts.
 *
 * Next writes two kinds of inline script (next/dist/server/app-render/use-flight-response.js,
 * `createInlinedDataReadableStream`), with no attributes on a static page (a nonce on a page
 * rendered per request):
 *  - the bootstrap, always the same text: `(self.__next_f=self.__next_f||[]).push([0])`;
 *  - one flight script per chunk of the page's RSC payload:
 *    `self.__next_f.push(` + htmlEscapeJsonString(JSON.stringify([1, chunk])) + `)`
 *    (`[3, base64]` for a chunk that is not UTF-8).
 * Neither runs code of the page's own: a flight script only appends a string to an array.
 *
 * A flight script carries page data, content included, so its text cannot be known from the code.
 * What the page cannot forge is the RSC payload Next rendered alongside the HTML (the cache
 * entry's `rscData`, the same stream Next inlined): a page's flight scripts are Next's only if,
 * in document order, their chunks put together are exactly that payload, each written in Next's
 * own canonical form. Content that got a `<script>` into the HTML adds a script that is not of
 * that form (never allowed) or one that is, whose chunk the payload does not account for — then
 * none of the page's flight scripts is allowed: the page is still read, without its runtime,
 * rather than run with data that is not Next's. A script that merely repeats the text of one of
 * Next's own would have its hash allowed; it can only push that same chunk again.
 */
import { createHash } from 'node:crypto'
import { Parser } from 'htmlparser2'
import { htmlEscapeJsonString } from '../next-internals/flight.js'

/** The first inline script of every page that keeps Next's runtime. */
export const FLIGHT_BOOTSTRAP_SCRIPT = '(self.__next_f=self.__next_f||[]).push([0])'

const FLIGHT_PUSH_PREFIX = 'self.__next_f.push('
const FLIGHT_DATA = 1
const FLIGHT_BINARY = 3

/**
 * A script element in Next's flight shape (the bootstrap or a data chunk), its argument captured:
 * for the pages that drop Next's runtime (lib/script-free-pages). On a page rendered per request
 * (search) Next gives each the request's nonce.
 */
export const FLIGHT_SCRIPT =
  /<script(?: nonce="[^"<>]*")?>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push|self\.__next_f\.push)\(([\s\S]*?)\)<\/script>/g

/** A CSP hash source for one inline script's text, as the browser hashes it (UTF-8, sha256). @param {string} text */
export function scriptHashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/**
 * The inline scripts of an HTML document in document order: their attributes and their text
 * exactly as sent (what a browser hashes), read with a real HTML tokenizer rather than a
 * pattern, so comments, attribute values with `>` and the like are read as a browser reads them.
 * @param {string} html
 * @returns {{ attributes: Record<string, string>, text: string }[]}
 */
export function inlineScripts(html) {
  /** @type {{ attributes: Record<string, string>, text: string }[]} */
  const scripts = []
  /** @type {{ attributes: Record<string, string>, start: number } | undefined} */
  let open
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') open = { attributes, start: parser.endIndex + 1 }
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return
        if (!('src' in open.attributes)) scripts.push({ attributes: open.attributes, text: html.slice(open.start, parser.startIndex) })
        open = undefined
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return scripts
}

/**
 * The payload bytes one flight script carries, when its text is exactly what Next writes for
 * them; undefined for any other text.
 * @param {string} text
 * @returns {Buffer | undefined}
 */
function flightChunk(text) {
  if (!text.startsWith(FLIGHT_PUSH_PREFIX) || !text.endsWith(')')) return undefined
  const literal = text.slice(FLIGHT_PUSH_PREFIX.length, -1)
  let value
  try {
    value = JSON.parse(literal)
  } catch {
    return undefined
  }
  if (!Array.isArray(value) || value.length !== 2 || typeof value[1] !== 'string') return undefined
  // Canonical form only: the literal must be what Next's own serializer makes of the value.
  if (htmlEscapeJsonString(JSON.stringify(value)) !== literal) return undefined
  if (value[0] === FLIGHT_DATA) return Buffer.from(value[1], 'utf8')
  if (value[0] === FLIGHT_BINARY) return Buffer.from(value[1], 'base64')
  return undefined
}

/**
 * The CSP hash sources of the inline scripts Next wrote into a page: the bootstrap, and the
 * flight scripts when they are exactly the page's RSC payload (see above). Nothing else in the
 * page is allowed by this, whatever it holds.
 * @param {{ attributes: Record<string, string>, text: string }[]} scripts the page's inline scripts
 * @param {unknown} rscPayload the RSC payload Next rendered the page with (a Uint8Array)
 * @returns {{ hashes: string[], refused: string | undefined }} `refused` says why flight scripts were not allowed
 */
export function nextScriptHashes(scripts, rscPayload) {
  const bare = scripts.filter(({ attributes }) => Object.keys(attributes).length === 0)
  if (!bare.some(({ text }) => text === FLIGHT_BOOTSTRAP_SCRIPT)) return { hashes: [], refused: undefined }
  /** @type {Buffer[]} */
  const chunks = []
  /** @type {string[]} */
  const texts = []
  for (const { text } of bare) {
    const chunk = flightChunk(text)
    if (!chunk) continue
    chunks.push(chunk)
    texts.push(text)
  }
  const bootstrap = scriptHashSource(FLIGHT_BOOTSTRAP_SCRIPT)
  if (!(rscPayload instanceof Uint8Array)) return { hashes: [bootstrap], refused: 'no RSC payload to check its flight scripts against' }
  if (!Buffer.concat(chunks).equals(Buffer.from(rscPayload.buffer, rscPayload.byteOffset, rscPayload.byteLength))) {
    return { hashes: [bootstrap], refused: 'its flight scripts are not exactly its RSC payload' }
  }
  return { hashes: [bootstrap, ...new Set(texts.map(scriptHashSource))], refused: undefined }
}
