import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { SOURCES_TO_CHECK_QUERY } from '@/lib/sources-health/store'
import { freePort } from '@/scripts/processes'
import { runSourcesCheck } from '@/scripts/sources-check/run'
import { startContentLake } from '../support/content-lake'
import { startCitedSites } from './cited-sites'

/** `npm run sources:check` end to end: a dataset file or a Content Lake stand-in, the stand-in sites, the stand-in archive. */

let sites: Awaited<ReturnType<typeof startCitedSites>>
beforeAll(async () => {
  sites = await startCitedSites()
})
afterAll(() => sites.close())

const day = (n: number) => new Date(Date.UTC(2026, 10, 10 + n, 6))
const FAST = { perHostDelayMs: 0, retryDelayMs: 10, timeoutMs: 1_000 }

function datasetDocuments(origin: string) {
  const citation = (name: string, url: string) => ({
    _id: `citation-${name}`,
    _type: 'citation',
    title: name,
    site: 'Example',
    url,
    accessedAt: '2025-06-27',
  })
  const ref = (id: string, key: string) => ({ _type: 'reference', _ref: id, _key: key })
  return [
    citation('fine', `${origin}/ok`),
    citation('dead', `${origin}/missing`),
    citation('moved', `${origin}/moved-away`),
    citation('quote', `${origin}/article#:~:text=Clinical%20studies%20show%20that%20the,those%20taking%20vitamin%20D3%20alone.`),
    citation('rewritten', `${origin}/article-rewritten#:~:text=Clinical%20studies%20show`),
    {
      _id: 'post-one',
      _type: 'post',
      title: 'One',
      slug: { _type: 'slug', current: 'one' },
      worksCited: [ref('citation-dead', 'a'), ref('citation-fine', 'b')],
    },
    { _id: 'post-two', _type: 'post', title: 'Two', slug: { _type: 'slug', current: 'two' }, worksCited: [ref('citation-dead', 'a')] },
    { _id: 'drafts.post-three', _type: 'post', title: 'Draft', worksCited: [ref('citation-dead', 'a')] },
  ]
}

async function writeDataset(documents: object[]) {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'sources-check-')), 'data.ndjson')
  await writeFile(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

async function run(argv: string[], now: Date, env: Record<string, string> = {}) {
  const printed: string[] = []
  const summary = await runSourcesCheck({
    argv,
    env: { WAYBACK_API_URL: sites.waybackApiUrl, NEXT_PUBLIC_SITE_URL: 'https://cited.example', ...env },
    print: (text) => printed.push(text),
    log: () => {},
    checkOverrides: { ...FAST, now: () => now },
  })
  return { ...summary, output: printed.join('\n') }
}

describe('local mode', () => {
  test('--json: one object with the contracted fields, citedBy from published posts only', async () => {
    const file = await writeDataset(datasetDocuments(sites.origin))
    const before = await readFile(file, 'utf8')
    const { output, exitCode } = await run([file, '--json', '--allow-private-hosts'], day(0))
    const report = JSON.parse(output)
    expect(Object.keys(report)).toEqual(['checkedAt', 'sources'])
    expect(report.checkedAt).toBe(day(0).toISOString())
    const byId = Object.fromEntries(report.sources.map((source: { citationId: string }) => [source.citationId, source]))
    expect(Object.keys(byId['citation-dead'])).toEqual([
      'citationId',
      'url',
      'status',
      'httpStatus',
      'finalUrl',
      'textFound',
      'archivedUrl',
      'citedBy',
      'retraction',
    ])
    expect(byId['citation-dead']).toEqual({
      citationId: 'citation-dead',
      url: `${sites.origin}/missing`,
      status: 'failing',
      httpStatus: 404,
      finalUrl: `${sites.origin}/missing`,
      textFound: null,
      archivedUrl: `https://web.archive.org/web/20250627083015/${sites.origin}/missing`,
      citedBy: ['post-one', 'post-two'],
      retraction: null,
    })
    expect(byId['citation-fine']).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      textFound: null,
      archivedUrl: null,
      citedBy: ['post-one'],
    })
    expect(byId['citation-moved']).toMatchObject({ status: 'redirected', finalUrl: `http://localhost:${sites.port}/ok` })
    expect(byId['citation-quote']).toMatchObject({ status: 'ok', textFound: true })
    expect(byId['citation-rewritten']).toMatchObject({ status: 'text-not-found', textFound: false })
    expect(exitCode).toBe(0)
    // Without --write nothing is written.
    expect(await readFile(file, 'utf8')).toBe(before)
  })

  test('--write keeps every other line as it was, puts each record after its citation, and the two-checks rule plays out across runs', async () => {
    const file = await writeDataset(datasetDocuments(sites.origin))
    const original = (await readFile(file, 'utf8')).split('\n').filter(Boolean)

    const first = await run([file, '--write', '--allow-private-hosts'], day(0))
    expect(first.exitCode).toBe(0)
    expect(first.output).toMatch(/failing\s+404\s+2\s+citation-dead/)
    expect(first.output).toContain('5 sources checked at 2026-11-10T06:00:00.000Z')
    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean)
    expect(lines.filter((line) => !line.includes('"_type":"sourceHealth"'))).toEqual(original)
    const ids = lines.map((line) => JSON.parse(line)._id)
    expect(ids.slice(0, 4)).toEqual(['citation-fine', 'sourceHealth-citation-fine', 'citation-dead', 'sourceHealth-citation-dead'])
    const record = JSON.parse(lines[3]!)
    expect(record).toMatchObject({
      _type: 'sourceHealth',
      citation: { _ref: 'citation-dead', _weak: true },
      status: 'failing',
      failures: 1,
      firstFailedAt: day(0).toISOString(),
    })

    // A day later: still only failing.
    expect((await run([file, '--write', '--allow-private-hosts'], day(1))).exitCode).toBe(0)
    // Three days after the first failure: confirmed, and the command says so with its exit code.
    const third = await run([file, '--write', '--allow-private-hosts'], day(3))
    expect(third.exitCode).toBe(1)
    expect(third.output).toMatch(/broken\s+404\s+2\s+citation-dead.*NEWLY BROKEN; not-found; 3 failed checks since 2026-11-10/)
    expect(third.output).toContain('1 turned broken in this check')
    // Still broken the next day, but nothing newly broke.
    const fourth = await run([file, '--json', '--write', '--allow-private-hosts'], day(4))
    expect(fourth.exitCode).toBe(0)
    expect(JSON.parse(fourth.output).sources.find((source: { citationId: string }) => source.citationId === 'citation-dead').status).toBe(
      'broken',
    )
    const stored = (await readFile(file, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
    expect(stored.filter((doc) => doc._type === 'sourceHealth')).toHaveLength(5)
    expect(stored.find((doc) => doc._id === 'sourceHealth-citation-dead')).toMatchObject({ status: 'broken', failures: 4 })
  })

  test('without --allow-private-hosts every loopback source is refused and no request reaches it', async () => {
    const file = await writeDataset(datasetDocuments(sites.origin))
    const before = sites.requests.length
    const { output } = await run([file, '--json'], day(0))
    expect(new Set(JSON.parse(output).sources.map((source: { status: string }) => source.status))).toEqual(new Set(['refused']))
    expect(sites.requests.length).toBe(before)
  })

  test('bad arguments and settings stop with a message', async () => {
    await expect(run(['--frobnicate'], day(0))).rejects.toThrow(/Unknown option '--frobnicate'/)
    await expect(run([], day(0), { WAYBACK_API_URL: 'ftp://archive' })).rejects.toThrow(
      /WAYBACK_API_URL: expected an absolute http\(s\) URL/,
    )
    await expect(run(['--write'], day(0), { NEXT_PUBLIC_SANITY_PROJECT_ID: 'fakeproject' })).rejects.toThrow(/needs SANITY_API_WRITE_TOKEN/)
  })

  test('the command itself: npm run sources:check -- PATH --json --allow-private-hosts', async () => {
    const file = await writeDataset(datasetDocuments(sites.origin))
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/sources-check.ts', file, '--json', '--allow-private-hosts'], {
      env: { ...process.env, WAYBACK_API_URL: sites.waybackApiUrl, NEXT_PUBLIC_SANITY_PROJECT_ID: '', SANITY_LOCAL_DATASET: '' },
      timeout: 60_000,
    })
    const report = JSON.parse(stdout)
    expect(report.sources.map((source: { citationId: string; status: string }) => `${source.citationId}:${source.status}`).sort()).toEqual([
      'citation-dead:failing',
      'citation-fine:ok',
      'citation-moved:redirected',
      'citation-quote:ok',
      'citation-rewritten:text-not-found',
    ])
  }, 60_000)
})

/** Ports from freePort() that nothing listens on stand for hosts this machine cannot reach: connections are refused. */
describe("the checker's own outage", () => {
  /** A source one failed check away from broken: failing since day 0, so a failure on day 4 would confirm it. */
  const failingSince = (url: string) => ({
    _id: 'sourceHealth-citation-one',
    _type: 'sourceHealth',
    citation: { _type: 'reference', _ref: 'citation-one', _weak: true },
    url,
    status: 'failing',
    httpStatus: null,
    finalUrl: url,
    redirect: null,
    problem: 'connection',
    textFound: null,
    archivedUrl: null,
    archivedAt: null,
    checkedAt: day(0).toISOString(),
    failures: 1,
    firstFailedAt: day(0).toISOString(),
  })
  const citations = (urls: string[]) =>
    urls.map((url, index) => ({
      _id: `citation-${['one', 'two', 'three'][index]}`,
      _type: 'citation',
      title: `Source ${index + 1}`,
      site: 'Example',
      url,
      accessedAt: '2025-06-27',
    }))

  test('most hosts and the archive unreachable: "network unavailable", exit 3, nothing written, no source moves', async () => {
    const urls = await Promise.all([1, 2, 3].map(async (n) => `http://127.0.0.1:${await freePort()}/page-${n}`))
    const file = await writeDataset([...citations(urls), failingSince(urls[0]!)])
    const before = await readFile(file, 'utf8')
    const archiveDown = `http://127.0.0.1:${await freePort()}/wayback/available`
    const logged: string[] = []
    const summary = await runSourcesCheck({
      argv: [file, '--write', '--allow-private-hosts'],
      env: { WAYBACK_API_URL: archiveDown },
      print: () => {},
      log: (line) => logged.push(line),
      checkOverrides: { ...FAST, now: () => day(4) },
    })
    expect(summary.exitCode).toBe(3)
    expect(summary.networkUnavailable).toEqual({ hostsUnreachable: 3, hostsAnswered: 0 })
    expect(summary.written).toBe(0)
    expect(logged.join('\n')).toMatch(/Network unavailable: 3 cited hosts gave no answer.*nothing was recorded/)
    expect(await readFile(file, 'utf8')).toBe(before)

    // --json says so too, in the same object a scheduled job already parses.
    const json = await run([file, '--json', '--allow-private-hosts'], day(4), { WAYBACK_API_URL: archiveDown })
    expect(JSON.parse(json.output)).toEqual({
      checkedAt: day(4).toISOString(),
      networkUnavailable: summary.networkUnavailable,
      sources: [],
    })
  })

  test('a host that gives no answer while other hosts answer in the same run: the failure counts', async () => {
    const down = `http://127.0.0.1:${await freePort()}/page`
    const file = await writeDataset([
      ...citations([down, `${sites.origin}/ok`, `http://localhost:${sites.port}/article`]),
      failingSince(down),
    ])
    // The archive is unreachable too: the answering cited hosts alone show the network works.
    const { exitCode, output } = await run([file, '--write', '--allow-private-hosts'], day(4), {
      WAYBACK_API_URL: `http://127.0.0.1:${await freePort()}/wayback/available`,
    })
    expect(exitCode).toBe(1)
    expect(output).toMatch(/broken\s+—\s+0\s+citation-one.*NEWLY BROKEN; connection; 2 failed checks since 2026-11-10/)
    expect(output).toContain('1 turned broken in this check')
  })

  test('every cited host unreachable but the archive answers: the network works, so the failures count', async () => {
    const urls = await Promise.all([1, 2].map(async (n) => `http://127.0.0.1:${await freePort()}/page-${n}`))
    const file = await writeDataset(citations(urls))
    const { exitCode, results, networkUnavailable } = await run([file, '--allow-private-hosts'], day(0))
    expect(exitCode).toBe(0)
    expect(networkUnavailable).toBeNull()
    expect(results.map((result) => [result.health.status, result.health.problem])).toEqual([
      ['failing', 'connection'],
      ['failing', 'connection'],
    ])
  })
})

describe('lake mode', () => {
  test('reads citations with GROQ and writes health records in one transaction with the write token, never touching citations', async () => {
    const documents = datasetDocuments(sites.origin).filter((doc) => !doc._id.startsWith('drafts.'))
    // The stand-in Content Lake runs the real GROQ over the same documents and applies the mutations.
    const answering = await startContentLake({
      projectId: 'fakeproject',
      documents,
      readTokens: ['editor-token'],
      writeTokens: ['editor-token'],
    })
    try {
      const before = sites.requests.length
      const printed: string[] = []
      const summary = await runSourcesCheck({
        argv: ['--write', '--allow-private-hosts'],
        env: {
          NEXT_PUBLIC_SANITY_PROJECT_ID: 'fakeproject',
          NEXT_PUBLIC_SANITY_API_HOST: answering.apiHost,
          SANITY_API_WRITE_TOKEN: 'editor-token',
          WAYBACK_API_URL: sites.waybackApiUrl,
        },
        print: (text) => printed.push(text),
        log: () => {},
        checkOverrides: { ...FAST, now: () => day(0) },
      })
      expect(summary.written).toBe(5)
      const query = answering.requests.find((request) => request.path.endsWith('/data/query/production'))!
      const transactions = answering.requests
        .filter((request) => request.path.endsWith('/data/mutate/production'))
        .map((request) => JSON.parse(request.body.toString('utf8')) as { mutations: Array<Record<string, { _id: string; _type: string }>> })
      expect(query.query.get('query')).toBe(SOURCES_TO_CHECK_QUERY)
      expect(query.headers.authorization).toBe('Bearer editor-token')
      expect(transactions).toHaveLength(1)
      const written = transactions[0]!.mutations.map((mutation) => Object.entries(mutation)[0]!)
      expect(written.every(([kind, doc]) => kind === 'createOrReplace' && doc._type === 'sourceHealth')).toBe(true)
      expect(written.map(([, doc]) => doc._id).sort()).toEqual(
        documents
          .filter((doc) => doc._type === 'citation')
          .map((doc) => `sourceHealth-${doc._id}`)
          .sort(),
      )
      // The token went to the Content Lake only, never to a cited site or the archive.
      for (const request of sites.requests.slice(before)) expect(JSON.stringify(request.headers)).not.toContain('editor-token')
    } finally {
      await answering.close()
    }
  })
})
