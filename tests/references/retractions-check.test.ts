import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { RETRACTED_EXIT_CODE } from '@/lib/references/retractions'
import { runSourcesCheck } from '@/scripts/sources-check/run'
import { startCitedSites } from '../sources-health/cited-sites'
import { startReferenceServices } from '../support/reference-services'

/** `sources:check` asks Crossref and PubMed (stand-ins) about every DOI and PMID. */

let sites: Awaited<ReturnType<typeof startCitedSites>>
let services: Awaited<ReturnType<typeof startReferenceServices>>
beforeAll(async () => {
  ;[sites, services] = await Promise.all([startCitedSites(), startReferenceServices()])
})
afterAll(async () => {
  await Promise.all([sites.close(), services.close()])
})

const day = (n: number) => new Date(Date.UTC(2026, 10, 10 + n, 6))

async function dataset() {
  const citation = (name: string, ids: Record<string, string>) => ({
    _id: `citation-${name}`,
    _type: 'citation',
    title: name,
    site: 'Example',
    url: `${sites.origin}/ok`,
    accessedAt: '2025-06-27',
    ...ids,
  })
  const documents = [
    citation('k2', { doi: '10.5555/cited.k2.2021' }),
    citation('d3', { doi: '10.5555/cited.d3.2019' }),
    citation('concern', { doi: '10.5555/cited.eoc.2020' }),
    citation('megadose', { pmid: '90000002' }),
    citation('clean', { doi: '10.5555/cited.clean.2018', pmid: '90000001' }),
    citation('web', {}),
  ]
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'retractions-')), 'data.ndjson')
  await writeFile(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

async function run(argv: string[], now: Date) {
  const printed: string[] = []
  const summary = await runSourcesCheck({
    argv: [...argv, '--allow-private-hosts'],
    env: { WAYBACK_API_URL: sites.waybackApiUrl, NEXT_PUBLIC_SITE_URL: 'https://cited.example', ...services.env },
    print: (text) => printed.push(text),
    log: () => {},
    checkOverrides: { perHostDelayMs: 0, retryDelayMs: 10, timeoutMs: 1_000, now: () => now },
    retractionOverrides: { delayMs: 0 },
  })
  return { ...summary, output: printed.join('\n') }
}

test('--json reports a retraction object per source (or null)', async () => {
  const { output, exitCode } = await run([await dataset(), '--json'], day(0))
  const byId = Object.fromEntries(JSON.parse(output).sources.map((source: { citationId: string }) => [source.citationId, source]))
  expect(byId['citation-k2'].retraction).toEqual({
    status: 'retracted',
    notice: 'https://doi.org/10.5555/cited.k2.2021.retraction',
    date: '2024-03-05',
  })
  expect(byId['citation-d3'].retraction).toEqual({
    status: 'corrected',
    notice: 'https://doi.org/10.5555/cited.d3.2019.erratum',
    date: '2020-01-15',
  })
  expect(byId['citation-concern'].retraction).toMatchObject({ status: 'expression-of-concern' })
  expect(byId['citation-megadose'].retraction).toEqual({
    status: 'retracted',
    notice: 'https://pubmed.ncbi.nlm.nih.gov/90000003/',
    date: null,
  })
  expect(byId['citation-clean'].retraction).toBeNull()
  expect(byId['citation-web'].retraction).toBeNull()
  // Nothing stored yet, so both retractions are new.
  expect(exitCode).toBe(RETRACTED_EXIT_CODE)
})

test('--write stores it beside the source health; the exit code fires once, when a source becomes retracted', async () => {
  const file = await dataset()
  const first = await run([file, '--write'], day(0))
  expect(first.exitCode).toBe(RETRACTED_EXIT_CODE)
  expect(first.output).toMatch(
    /citation-k2 .*NEWLY RETRACTED; RETRACTED 2024-03-05 \(https:\/\/doi\.org\/10\.5555\/cited\.k2\.2021\.retraction\)/,
  )
  expect(first.output).toContain('2 retracted since the last check.')
  const records = (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .filter((doc) => doc._type === 'sourceHealth')
  const health = Object.fromEntries(records.map((doc) => [doc.citation._ref, doc]))
  expect(health['citation-k2'].retraction).toMatchObject({ status: 'retracted', date: '2024-03-05' })
  expect(health['citation-d3'].retraction).toMatchObject({ status: 'corrected' })
  expect(health['citation-clean']).not.toHaveProperty('retraction')

  const second = await run([file, '--write'], day(1))
  expect(second.exitCode).toBe(0)
  expect(second.output).toMatch(/citation-k2 .*RETRACTED 2024-03-05/)
  expect(second.output).not.toContain('NEWLY RETRACTED')

  // Crossref and NCBI down: what was known stays, nothing is removed silently.
  services.setFailing(true)
  try {
    const third = await run([file, '--write'], day(2))
    expect(third.exitCode).toBe(0)
    expect(third.output).toMatch(/citation-k2 .*RETRACTED 2024-03-05.*retraction lookup failed/)
    const kept = (await readFile(file, 'utf8')).split('\n').filter((line) => line.includes('"sourceHealth-citation-k2"'))
    expect(JSON.parse(kept[0]!).retraction).toMatchObject({ status: 'retracted' })
  } finally {
    services.setFailing(false)
  }
})
