import { setTimeout as sleep } from 'node:timers/promises'
import { request, type Dispatcher } from 'undici'
import type { Problem } from './health'
import { PrivateAddressError, checkHostLiteral } from './addresses'
import { withoutFragment } from './text-fragment'

/**
 * One source fetched the way a careful crawler does: HEAD first, GET where HEAD is refused
 * (or when the page's text is needed), redirects followed by hand so every hop is vetted, a
 * timeout on every request, one polite retry after a 429's Retry-After or a 5xx. Only the
 * headers below are sent: no cookies, no credentials, nothing from our own environment.
 */

export interface ProbeOptions {
  userAgent: string
  /** An undici Agent whose connections use `guardedLookup`. */
  dispatcher: Dispatcher
  allowPrivateHosts: boolean
  timeoutMs: number
  maxRedirects: number
  /** A 429 asking to wait longer than this is recorded as blocked rather than waited out. */
  maxRetryAfterMs: number
  /** Pause before retrying a 5xx once. */
  retryDelayMs: number
  maxBodyBytes: number
  now?: () => number
}

export interface Probe {
  httpStatus: number | null
  /** The address the last request went to (after redirects), without the fragment. */
  finalUrl: string | null
  redirect: 'same-host' | 'other-host' | null
  /** Set when no usable answer came back (network, DNS, TLS, timeout, redirects gone wrong). */
  problem: Problem | null
  /** The page, when it was asked for and is text. */
  page: { contentType: string; text: string } | null
}

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308])

const siteOf = (hostname: string) => hostname.toLowerCase().replace(/^www\./, '')

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** Seconds or an HTTP date, as milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(value: string | string[] | undefined, now: number): number | null {
  const header = Array.isArray(value) ? value[0] : value
  if (!header) return null
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, date - now)
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_FAIL', 'EAI_NONAME'])
const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'ETIMEDOUT'])

/** What went wrong, from an error and its causes. */
export function problemOfError(error: unknown): Problem {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (current instanceof PrivateAddressError) return 'private-address'
    const { code, name } = current as { code?: string; name?: string }
    if (code === 'ERR_PRIVATE_ADDRESS') return 'private-address'
    if (code && DNS_CODES.has(code)) return 'dns'
    if ((code && TIMEOUT_CODES.has(code)) || name === 'TimeoutError' || name === 'AbortError') return 'timeout'
    if (
      code &&
      (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH)/.test(code) || code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    )
      return 'tls'
  }
  return 'connection'
}

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  url: string
  body: Dispatcher.ResponseData['body']
}

type Outcome = { answer: Answer } | { problem: Problem; url: string; status: number | null }

export async function probeSource(sourceUrl: string, options: ProbeOptions & { needPage: boolean }): Promise<Probe> {
  const now = options.now ?? Date.now
  const start = parseHttpUrl(withoutFragment(sourceUrl.trim()))
  if (!start) return { httpStatus: null, finalUrl: null, redirect: null, problem: 'invalid-url', page: null }
  // Credentials in a URL would be sent as Basic auth by some clients; never send them.
  start.username = ''
  start.password = ''

  const send = (method: 'HEAD' | 'GET', url: string) =>
    request(url, {
      method,
      dispatcher: options.dispatcher,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8',
        'accept-language': 'en',
      },
      signal: AbortSignal.timeout(options.timeoutMs),
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    })

  /** One request and the redirects after it. */
  const follow = async (firstMethod: 'HEAD' | 'GET'): Promise<Outcome> => {
    let method = firstMethod
    let url = start.href
    const seen = new Set([url])
    for (let redirects = 0; ; redirects++) {
      try {
        checkHostLiteral(new URL(url).hostname, options.allowPrivateHosts)
        const response = await send(method, url)
        const location = response.headers.location
        if (REDIRECT_CODES.has(response.statusCode) && typeof location === 'string') {
          await response.body.dump()
          const next = parseHttpUrl(new URL(location, url).href.split('#')[0]!)
          if (!next) return { problem: 'bad-redirect', url, status: response.statusCode }
          if (seen.has(next.href)) return { problem: 'redirect-loop', url, status: response.statusCode }
          if (redirects + 1 > options.maxRedirects) return { problem: 'too-many-redirects', url, status: response.statusCode }
          seen.add(next.href)
          url = next.href
          if (response.statusCode === 303) method = 'GET'
          continue
        }
        return { answer: { status: response.statusCode, headers: response.headers, url, body: response.body } }
      } catch (error) {
        return { problem: problemOfError(error), url, status: null }
      }
    }
  }

  const discard = async (outcome: Outcome) => {
    if ('answer' in outcome) await outcome.answer.body.dump().catch(() => undefined)
  }
  const statusOf = (outcome: Outcome) => ('answer' in outcome ? outcome.answer.status : null)

  let outcome = await follow(options.needPage ? 'GET' : 'HEAD')
  // Many servers refuse or mishandle HEAD (405, 501, even 403/404); only a GET answer counts against a source.
  // A 429 is the exception: it asks us to slow down, so it is waited out below instead.
  if (
    !options.needPage &&
    'answer' in outcome &&
    outcome.answer.status !== 429 &&
    (outcome.answer.status < 200 || outcome.answer.status >= 300)
  ) {
    await discard(outcome)
    outcome = await follow('GET')
  }
  if (statusOf(outcome) === 429 && 'answer' in outcome) {
    const wait = retryAfterMs(outcome.answer.headers['retry-after'], now())
    if (wait !== null && wait <= options.maxRetryAfterMs) {
      await discard(outcome)
      await sleep(wait)
      outcome = await follow('GET')
    }
  }
  if ((statusOf(outcome) ?? 0) >= 500) {
    await discard(outcome)
    await sleep(options.retryDelayMs)
    outcome = await follow('GET')
  }

  const finalUrl = 'answer' in outcome ? outcome.answer.url : outcome.url
  const redirect =
    finalUrl === start.href ? null : siteOf(new URL(finalUrl).hostname) === siteOf(start.hostname) ? 'same-host' : 'other-host'
  if (!('answer' in outcome)) return { httpStatus: outcome.status, finalUrl, redirect, problem: outcome.problem, page: null }

  const { answer } = outcome
  const contentType = String(answer.headers['content-type'] ?? '')
  const wantBody =
    options.needPage &&
    answer.status >= 200 &&
    answer.status < 300 &&
    /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType)
  if (!wantBody) {
    await discard(outcome)
    return { httpStatus: answer.status, finalUrl, redirect, problem: null, page: null }
  }
  try {
    const text = await readText(answer.body, contentType, options.maxBodyBytes)
    return { httpStatus: answer.status, finalUrl, redirect, problem: null, page: { contentType, text } }
  } catch (error) {
    return { httpStatus: answer.status, finalUrl, redirect, problem: problemOfError(error), page: null }
  }
}

/** The body decoded by its declared (or `<meta>`-declared) charset, cut at `maxBytes`. */
async function readText(body: Answer['body'], contentType: string, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    const buffer = chunk as Buffer
    chunks.push(buffer)
    size += buffer.length
    if (size >= maxBytes) {
      body.destroy()
      break
    }
  }
  const bytes = Buffer.concat(chunks).subarray(0, maxBytes)
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString('latin1'))?.[1] ??
    'utf-8'
  try {
    return new TextDecoder(declared).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
