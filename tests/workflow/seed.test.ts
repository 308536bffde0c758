import { mkdtemp, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { runSeed, SeedRefusedError } from '@/scripts/seed/run'
import { SeedConfigError } from '@/scripts/seed/seed'
import { createLakeClient } from '@/lib/source/client'
import { startContentLake } from '../support/content-lake'
import { DEMO_DATASET, loadDemoDocuments } from './support'

const API_VERSION = '2025-06-01'
const ENV = { NEXT_PUBLIC_SANITY_PROJECT_ID: 'fakeproject', NEXT_PUBLIC_SANITY_DATASET: 'production', NEXT_PUBLIC_SANITY_API_VERSION: API_VERSION, SANITY_API_WRITE_TOKEN: 'editor-token' }

type Mutation = { createOrReplace: { _id: string; [key: string]: unknown } }

/**
 * An empty project on the stand-in Content Lake, which (like the real one) refuses a transaction
 * holding a strong reference to a document that does not exist (yet), and answers asset uploads
 * with the asset's id. The seed reaches it through NEXT_PUBLIC_SANITY_API_HOST, as it would a real host.
 */
async function startLake() {
  const lake = await startContentLake({ projectId: 'fakeproject', documents: [], writeTokens: ['editor-token'] })
  const accepted = () => lake.transactions as Mutation[][]
  return { lake, accepted, env: { ...ENV, NEXT_PUBLIC_SANITY_API_HOST: lake.apiHost } }
}

const lakes: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(lakes.splice(0).map((lake) => lake.close()))
})

describe('npm run seed', () => {
  test('imports the demo dataset: images uploaded, references rewritten, drafts as drafts, ordered transactions', async () => {
    const { lake, accepted, env } = await startLake()
    lakes.push(lake)
    const lines: string[] = []
    const summary = await runSeed({ datasetPath: DEMO_DATASET, env, log: (line) => lines.push(line) })
    const transactions = accepted()

    const raw = (await import('node:fs/promises')).readFile(DEMO_DATASET, 'utf8')
    const sourceDocs = (await raw).split('\n').filter(Boolean).map((line) => JSON.parse(line) as { _id: string })
    const written = transactions.flat().map((mutation) => mutation.createOrReplace)

    // Every document exactly once, drafts included under their drafts. ids.
    expect(written.map((doc) => doc._id).sort()).toEqual(sourceDocs.map((doc) => doc._id).sort())
    expect(written.some((doc) => doc._id.startsWith('drafts.'))).toBe(true)
    // Every image file uploaded once, and no export-only field left behind.
    const imageFiles = await readdir(path.join(path.dirname(DEMO_DATASET), 'images'))
    const uploads = lake.requests.filter((request) => request.path.includes('/assets/images/'))
    const referencedFiles = new Set(JSON.stringify(sourceDocs).match(/images\/[^"]+/g)!.map((file) => file.slice('images/'.length)))
    expect(uploads.map((request) => request.query.get('filename')).sort()).toEqual([...referencedFiles].sort())
    expect(referencedFiles.size).toBeGreaterThan(0)
    expect(imageFiles).toEqual(expect.arrayContaining([...referencedFiles]))
    expect(JSON.stringify(written)).not.toContain('_sanityAsset')
    const assetRefs = JSON.stringify(written).match(/"_ref":"image-[^"]+"/g) ?? []
    expect(assetRefs.length).toBeGreaterThanOrEqual(referencedFiles.size)
    // Transactions of at most 100, each accepted by the lake's reference check (it answers 409 otherwise).
    expect(transactions.every((batch) => batch.length <= 100)).toBe(true)
    expect(summary).toEqual({ documents: sourceDocs.length, assets: referencedFiles.size, transactions: transactions.length })
    // Progress an editor can follow.
    expect(lines.filter((line) => /^\[seed\] transaction \d+\/\d+/.test(line))).toHaveLength(transactions.length)
    expect(lines.at(-1)).toMatch(/done: \d+ documents and \d+ assets in fakeproject\/production/)
  }, 240_000)

  test('small transactions still respect every strong reference (posts before the posts that relate to them)', async () => {
    const { lake, accepted, env } = await startLake()
    lakes.push(lake)
    const { loadDatasetFile } = await import('@/lib/source/dataset-file')
    const { seedDataset } = await import('@/scripts/seed/seed')
    await seedDataset({ dataset: await loadDatasetFile(DEMO_DATASET), client: createLakeClient({ projectId: 'fakeproject', dataset: 'production', apiVersion: API_VERSION, apiHost: env.NEXT_PUBLIC_SANITY_API_HOST, token: 'editor-token' }), log: () => {}, batchSize: 5 })
    const transactions = accepted()
    expect(transactions.length).toBeGreaterThan(10)
    // Every transaction was accepted: none was refused for a dangling reference.
    expect(lake.requests.filter((request) => request.path.includes('/data/mutate/')).length).toBe(transactions.length)
  }, 120_000)

  test('a dataset with content errors is refused before anything is sent', async () => {
    const { lake, env } = await startLake()
    lakes.push(lake)
    const documents = await loadDemoDocuments()
    const folder = await mkdtemp(path.join(os.tmpdir(), 'seed-broken-'))
    const file = path.join(folder, 'data.ndjson')
    await writeFile(file, documents.map((doc) => JSON.stringify(doc._type === 'citation' ? { ...doc, url: 'javascript:alert(1)' } : doc)).join('\n'))
    await expect(runSeed({ datasetPath: file, env, log: () => {} })).rejects.toBeInstanceOf(SeedRefusedError)
    expect(lake.requests).toEqual([])
  }, 240_000)

  test('without a project or token it names what to set, and sends nothing', async () => {
    const { lake } = await startLake()
    lakes.push(lake)
    const attempt = runSeed({ datasetPath: DEMO_DATASET, env: { NEXT_PUBLIC_SANITY_DATASET: 'production', NEXT_PUBLIC_SANITY_API_HOST: lake.apiHost }, log: () => {} })
    await expect(attempt).rejects.toBeInstanceOf(SeedConfigError)
    await expect(attempt).rejects.toThrow(/NEXT_PUBLIC_SANITY_PROJECT_ID[\s\S]*SANITY_API_WRITE_TOKEN/)
    expect(lake.requests).toEqual([])
  })
})
