import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * MDN HTTP Observatory's own analyzers and grader, run on responses captured from our server.
 * Its scanner cannot be pointed at a loopback server (it fetches http:// and https:// on the
 * default ports of a public host name), so this does what its `scan()` does after retrieval:
 * builds the same `Requests` object, runs every test of ALL_TESTS, and scores the results with
 * its grader, extra credit only once the uncurved score reaches the A threshold.
 *
 * The site is modelled as deployed on HTTPS only (as `NEXT_PUBLIC_SITE_URL` says): the captured
 * response stands for the HTTPS one, and there is no plain-HTTP response, which the redirection
 * test scores as "not needed". Redirecting port 80 to HTTPS is the host's job (TLS terminates
 * there), not the app's.
 */
const packageRoot = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'))

// The package downloads Chromium's HSTS preload list in a postinstall step, which cannot reach
// the Internet here (and npm does not run it unapproved). The scored host is not on that list,
// so an empty list gives the same answers; a real downloaded list is left untouched.
const preloadList = path.join(packageRoot, 'conf', 'hsts-preload.json')
if (!existsSync(preloadList)) {
  mkdirSync(path.dirname(preloadList), { recursive: true })
  writeFileSync(preloadList, '{}\n')
}

// The package ships untyped JavaScript; its analyzers are called exactly as its own scan() calls them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Module = Record<string, any>
const load = (file: string): Promise<Module> => import(path.join(packageRoot, 'src', file))

export interface ObservatoryResult {
  grade: string
  score: number
  /** Each test's result name and score modifier, e.g. `content-security-policy: csp-implemented-with-no-unsafe (0)`. */
  tests: Record<string, { result: string; scoreModifier: number; pass: boolean }>
}

type CapturedResponse = {
  status: number
  headers: Record<string, string | string[]>
  body: string
  requestHeaders?: Record<string, string>
}

/** Headers as axios gives them to the analyzers: lower-case own properties, plus a `get`. */
function axiosLikeHeaders(headers: Record<string, string | string[]>) {
  const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]))
  Object.defineProperty(lower, 'get', { enumerable: false, value: (name: string) => lower[name.toLowerCase()] ?? null })
  return lower
}

/** Fetches a page the way the Observatory's retriever does and keeps what its tests read. */
export async function capture(url: string, init: RequestInit = {}): Promise<CapturedResponse> {
  const response = await fetch(url, { redirect: 'manual', ...init })
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value
  })
  return {
    status: response.status,
    headers,
    body: await response.text(),
    requestHeaders: Object.fromEntries(new Headers(init.headers).entries()),
  }
}

/**
 * Grades one page.
 * @param origin where the test server listens
 * @param pathname the page to score
 * @param publicOrigin the HTTPS origin the site is deployed at (host names and protocol for the tests)
 */
export async function observatoryGrade(origin: string, pathname: string, publicOrigin: string): Promise<ObservatoryResult> {
  const [{ Requests }, { ALL_TESTS }, grader, { MINIMUM_SCORE_FOR_EXTRA_CREDIT }, { parseHttpEquivHeaders }, { CONFIG }] =
    await Promise.all([
      load('types.js'),
      load('constants.js'),
      load('grader/grader.js'),
      load('grader/charts.js'),
      load('retriever/utils.js'),
      load('config.js'),
    ])
  const publicUrl = new URL(pathname, publicOrigin)
  const page = await capture(`${origin}${pathname}`, {
    headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  })
  const corsOrigin = CONFIG.retriever.corsOrigin as string
  const preflight = await capture(`${origin}${pathname}`, {
    method: 'OPTIONS',
    headers: { 'Access-Control-Request-Method': 'GET', Origin: corsOrigin },
  })

  const requests = new Requests(publicUrl.hostname)
  const auto = {
    status: page.status,
    headers: axiosLikeHeaders(page.headers),
    data: page.body,
    verified: true,
    httpEquiv: /text\/html/.test(String(page.headers['content-type'])) ? parseHttpEquivHeaders(page.body, publicUrl.href) : new Map(),
  }
  requests.responses.auto = auto
  requests.responses.https = auto
  requests.responses.http = null
  requests.responses.cors = {
    status: preflight.status,
    headers: axiosLikeHeaders(preflight.headers),
    request: { headers: axiosLikeHeaders(preflight.requestHeaders ?? {}) },
    verified: true,
  }
  requests.resources.path = page.body
  requests.session = { url: publicUrl, jar: null, redirectHistory: [] }

  // From here on, as the package's scan() scores.
  let scoreWithExtraCredit = 100
  let uncurvedScore = 100
  const tests: ObservatoryResult['tests'] = {}
  for (const test of ALL_TESTS as Array<(requests: unknown) => { result: string | null; pass: boolean; constructor: { name: string } }>) {
    const output = test(requests)
    if (!output.result) continue
    const scoreModifier = grader.getScoreModifier(output.result) as number
    scoreWithExtraCredit += scoreModifier
    if (scoreModifier < 0) uncurvedScore += scoreModifier
    tests[output.constructor.name] = { result: output.result, scoreModifier, pass: output.pass }
  }
  const score = uncurvedScore >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? scoreWithExtraCredit : uncurvedScore
  const final = grader.getGradeForScore(score) as { grade: string; score: number }
  return { grade: final.grade, score: final.score, tests }
}
