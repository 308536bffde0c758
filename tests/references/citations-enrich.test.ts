import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { runCitationsEnrich } from '@/scripts/citations-enrich/run'
import { startReferenceServices } from '../support/reference-services'

/** `npm run citations:enrich` on a dataset file, against the Crossref / NCBI / publisher-page stand-ins. */

let services: Awaited<ReturnType<typeof startReferenceServices>>
beforeAll(async () => {
  services = await startReferenceServices()
})
afterAll(() => services.close())

async function dataset() {
  const documents = [
    // Typed by hand: title, site, address and the PMC id the URL proves; nothing else.
    {
      _id: 'citation-mgp',
      _type: 'citation',
      title: 'Matrix Gla protein (my wording)',
      site: 'PubMed Central',
      url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC90000001/',
      accessedAt: '2025-06-27',
    },
    {
      _id: 'citation-k2',
      _type: 'citation',
      title: 'K2',
      site: 'J Test Nutr',
      url: 'https://example.org/k2',
      doi: '10.5555/cited.k2.2021',
      accessedAt: '2025-06-27',
    },
    {
      _id: 'citation-agency',
      _type: 'citation',
      title: 'Vitamin D',
      site: 'Agency',
      url: `${services.origin}/agency/vitamin-d-facts`,
      accessedAt: '2025-06-27',
    },
    { _id: 'citation-gone', _type: 'citation', title: 'Gone', site: 'X', url: `${services.origin}/nowhere`, accessedAt: '2025-06-27' },
    { _id: 'drafts.citation-k2', _type: 'citation', title: 'K2 draft', doi: '10.5555/cited.k2.2021' },
    { _id: 'post-1', _type: 'post', title: 'A post' },
  ]
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'enrich-')), 'data.ndjson')
  await writeFile(file, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
  return file
}

async function run(argv: string[]) {
  const printed: string[] = []
  const summary = await runCitationsEnrich({
    argv: [...argv, '--allow-private-hosts'],
    env: { ...services.env, NEXT_PUBLIC_SITE_URL: 'https://cited.example' },
    print: (text) => printed.push(text),
    log: () => {},
  })
  return { ...summary, output: printed.join('\n') }
}

test('a dry run reports what would be filled and changes nothing', async () => {
  const file = await dataset()
  const before = await readFile(file, 'utf8')
  const { output, exitCode } = await run([file])
  expect(exitCode).toBe(0)
  expect(output).toContain('citation-mgp (https://pmc.ncbi.nlm.nih.gov/articles/PMC90000001/):')
  expect(output).toContain('  + pmid: "90000001"')
  expect(output).toContain('  + doi: "10.5555/cited.clean.2018"')
  expect(output).toContain('  kept: title')
  expect(output).toContain('citation-k2 (10.5555/cited.k2.2021):')
  expect(output).toContain('  + volume: "12"')
  expect(output).toMatch(/citation-gone: lookup of .*\/nowhere failed: The page could not be read/)
  expect(output).toContain('4 citations looked up: 3 would be filled in, 1 failed. Add --write to store the changes.')
  expect(await readFile(file, 'utf8')).toBe(before)
})

test('--write fills only empty fields, never the address or what the editor wrote; drafts and other lines untouched; a second run has nothing to do', async () => {
  const file = await dataset()
  const before = (await readFile(file, 'utf8')).split('\n')
  await run([file, '--write'])
  const after = (await readFile(file, 'utf8')).split('\n')
  const doc = (id: string) => JSON.parse(after.find((line) => line.includes(`"_id":"${id}"`))!)
  expect(doc('citation-mgp')).toMatchObject({
    title: 'Matrix Gla protein (my wording)',
    site: 'PubMed Central',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC90000001/',
    pmid: '90000001',
    pmcid: 'PMC90000001',
    container: 'Journal of Test Nutrition',
    issued: '2018-02-14',
  })
  expect(doc('citation-mgp').authors[0]).toMatchObject({ _key: expect.any(String), family: 'Testwell', given: 'Ada' })
  expect(doc('citation-k2')).toMatchObject({ url: 'https://example.org/k2', title: 'K2', pages: '211-219' })
  expect(doc('citation-agency')).toMatchObject({
    type: 'webpage',
    issued: '2024-08-12',
    authors: [{ literal: 'Office of Test Supplements' }],
  })
  for (const id of ['drafts.citation-k2', 'post-1', 'citation-gone']) {
    expect(after.find((line) => line.includes(`"_id":"${id}"`))).toBe(before.find((line) => line.includes(`"_id":"${id}"`)))
  }
  const again = await run([file])
  expect(again.output).toContain('4 citations looked up: 0 would be filled in, 1 failed.')
})

test('bad arguments are a usage error', async () => {
  await expect(run(['--frobnicate'])).rejects.toThrow(/Unknown option --frobnicate/)
})
