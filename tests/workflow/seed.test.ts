import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { runSeed, SeedRefusedError } from '@/scripts/seed/run'
import { SeedConfigError } from '@/scripts/seed/seed'
import { loadDatasetFile, type SanityDocument } from '@/lib/source/dataset-file'
import { startContentLake } from '../support/content-lake'
import { buildExportArchive } from '../support/export-archive'
import { DEMO_DATASET, loadDemoDocuments } from './support'

const ENV = {
  NEXT_PUBLIC_SANITY_PROJECT_ID: 'fakeproject',
  NEXT_PUBLIC_SANITY_DATASET: 'production',
  SANITY_API_WRITE_TOKEN: 'editor-token',
}

/**
 * An empty project on the stand-in Content Lake, which (like the real one) refuses a transaction
 * holding a strong reference to a document that does not exist (yet), and answers asset uploads
 * with the asset's id. The seed reaches it through NEXT_PUBLIC_SANITY_API_HOST, as it would a real host.
 */
async function startLake() {
  const lake = await startContentLake({ projectId: 'fakeproject', documents: [], writeTokens: ['editor-token'] })
  lakes.push(lake)
  return { lake, env: { ...ENV, NEXT_PUBLIC_SANITY_API_HOST: lake.apiHost } }
}

const lakes: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(lakes.splice(0).map((lake) => lake.close()))
})

/** What the Content Lake generates on write, and so cannot match the file. */
const withoutRevision = ({ _rev, _updatedAt, ...doc }: SanityDocument) => doc

describe('npm run seed', () => {
  test('imports the demo dataset: every document as in the file, drafts as drafts, images uploaded and referenced, strong references strong', async () => {
    const { lake, env } = await startLake()
    const lines: string[] = []
    const summary = await runSeed({ datasetPath: DEMO_DATASET, env, log: (line) => lines.push(line) })

    // The file as the site reads it: `_sanityAsset` already turned into `asset` references, by
    // file name, so this also checks that each image landed under the id its bytes give it.
    const expected = (await loadDatasetFile(DEMO_DATASET)).documents.filter((doc) => !doc._type.startsWith('sanity.'))
    expect(expected.some((doc) => doc._id.startsWith('drafts.'))).toBe(true)
    for (const doc of expected) expect(withoutRevision(lake.document(doc._id)!), doc._id).toEqual(withoutRevision(doc))

    // Every referenced image uploaded once, by its file name.
    const raw = await readFile(DEMO_DATASET, 'utf8')
    const referencedFiles = new Set(raw.match(/file:\/\/\.\/images\/[^"]+/g)!.map((file) => path.basename(file)))
    const uploads = lake.requests.filter((request) => request.path.endsWith('/assets/images/production'))
    expect(uploads.map((request) => request.query.get('filename')).sort()).toEqual([...referencedFiles].sort())
    expect(referencedFiles.size).toBeGreaterThan(0)

    expect(summary).toEqual({ documents: expected.length })
    // Progress an editor can follow, ending with what was written where.
    expect(lines.some((line) => /^\[seed\] Importing documents: \d+\/\d+$/.test(line))).toBe(true)
    expect(lines.filter((line) => /^\[seed\] Importing assets \(files\/images\): \d+\/\d+$/.test(line)).at(-1)).toContain(
      `${referencedFiles.size}/${referencedFiles.size}`,
    )
    expect(lines.at(-1)).toBe(`[seed] done: ${expected.length} documents in fakeproject/production`)
  }, 240_000)

  const exportForms: Array<[string, (folder: string) => Promise<string>]> = [
    [
      'an export folder (data.ndjson beside images/)',
      async (folder) => {
        await cp(path.dirname(DEMO_DATASET), folder, { recursive: true })
        return folder
      },
    ],
    [
      'a `sanity dataset export` archive',
      async (folder) => {
        const archive = path.join(folder, 'production.tar.gz')
        await writeFile(archive, await buildExportArchive())
        return archive
      },
    ],
  ]
  test.each(exportForms)(
    'imports %s the same way',
    async (_, write) => {
      const { lake, env } = await startLake()
      const datasetPath = await write(await mkdtemp(path.join(os.tmpdir(), 'seed-export-')))
      await runSeed({ datasetPath, env, log: () => {} })
      const expected = (await loadDatasetFile(datasetPath)).documents.filter((doc) => !doc._type.startsWith('sanity.'))
      for (const doc of expected) expect(withoutRevision(lake.document(doc._id)!), doc._id).toEqual(withoutRevision(doc))
      expect(lake.requests.filter((request) => request.path.endsWith('/assets/images/production')).length).toBeGreaterThan(0)
    },
    240_000,
  )

  test('a dataset with content errors is refused before anything is sent', async () => {
    const { lake, env } = await startLake()
    const documents = await loadDemoDocuments()
    const folder = await mkdtemp(path.join(os.tmpdir(), 'seed-broken-'))
    const file = path.join(folder, 'data.ndjson')
    await writeFile(
      file,
      documents.map((doc) => JSON.stringify(doc._type === 'citation' ? { ...doc, url: 'javascript:alert(1)' } : doc)).join('\n'),
    )
    await expect(runSeed({ datasetPath: file, env, log: () => {} })).rejects.toBeInstanceOf(SeedRefusedError)
    expect(lake.requests).toEqual([])
  }, 240_000)

  test('without a project or token it names what to set, and sends nothing', async () => {
    const { lake } = await startLake()
    const attempt = runSeed({
      datasetPath: DEMO_DATASET,
      env: { NEXT_PUBLIC_SANITY_DATASET: 'production', NEXT_PUBLIC_SANITY_API_HOST: lake.apiHost },
      log: () => {},
    })
    await expect(attempt).rejects.toBeInstanceOf(SeedConfigError)
    await expect(attempt).rejects.toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID[\s\S]*SANITY_API_WRITE_TOKEN/)
    expect(lake.requests).toEqual([])
  })
})
