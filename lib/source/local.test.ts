import { mkdtemp, writeFile, utimes } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DatasetError, loadDatasetFile } from './dataset-file'
import { applyPerspective, createLocalSource, DEMO_DATASET_PATH } from './local'
import { buildExportArchive } from '../../tests/support/export-archive'

const POST_COUNT = `count(*[_type == "post"])`

describe('local dataset source', () => {
  let tmp: string
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'local-source-'))
  })

  it('reads the bundled demo dataset, resolving export image paths to assets with /media URLs', async () => {
    const { documents, assetFiles } = await loadDatasetFile(DEMO_DATASET_PATH)
    const withImage = documents.find((doc) => doc._type === 'post' && (doc.mainImage as { asset?: unknown })?.asset)
    expect(withImage).toBeDefined()
    const ref = (withImage!.mainImage as { asset: { _ref: string } }).asset._ref
    expect(ref).toMatch(/^image-[a-f0-9]{40}-\d+x\d+-(svg|png|jpg)$/)
    const asset = documents.find((doc) => doc._id === ref)
    expect(asset).toMatchObject({ _type: 'sanity.imageAsset', url: expect.stringMatching(/^\/media\//) })
    expect(assetFiles.size).toBeGreaterThan(0)
    expect(JSON.stringify(documents)).not.toContain('_sanityAsset')
  })

  it('loads a `sanity dataset export` .tar.gz with the same documents and images as the folder', async () => {
    const archivePath = path.join(tmp, 'production.tar.gz')
    await writeFile(archivePath, await buildExportArchive())
    const fromArchive = await loadDatasetFile(archivePath)
    const fromFolder = await loadDatasetFile(DEMO_DATASET_PATH)
    expect(fromArchive.documents).toEqual(fromFolder.documents)
    expect([...fromArchive.assetFiles.keys()].sort()).toEqual([...fromFolder.assetFiles.keys()].sort())

    const source = createLocalSource(archivePath)
    const posts = await source.fetch({ query: POST_COUNT })
    expect(posts).toBeGreaterThanOrEqual(12)
    const imageName = [...fromFolder.assetFiles.keys()][0]!
    expect(await source.readAssetFile(imageName)).toEqual(fromFolder.assetFiles.get(imageName))
  })

  it('keeps Content Lake documents (asset._ref) as they are', async () => {
    const file = path.join(tmp, 'lake.ndjson')
    const lakeImage = { _type: 'image', alt: 'A chart', asset: { _type: 'reference', _ref: 'image-abc-10x10-png' } }
    await writeFile(
      file,
      [
        { _id: 'p', _type: 'post', mainImage: lakeImage },
        { _id: 'image-abc-10x10-png', _type: 'sanity.imageAsset', url: 'https://cdn.sanity.io/images/x/production/abc-10x10.png' },
      ]
        .map((doc) => JSON.stringify(doc))
        .join('\n'),
    )
    const source = createLocalSource(file)
    expect(await source.fetch({ query: `*[_id == "p"][0].mainImage.asset->url` })).toBe(
      'https://cdn.sanity.io/images/x/production/abc-10x10.png',
    )
  })

  it('reports a missing file, a broken line and an archive without data.ndjson clearly', async () => {
    await expect(loadDatasetFile(path.join(tmp, 'missing.ndjson'))).rejects.toThrow(/Dataset not found/)
    const empty = path.join(tmp, 'empty.tar.gz')
    await writeFile(empty, gzipSync(Buffer.alloc(1024)))
    await expect(loadDatasetFile(empty)).rejects.toThrow(DatasetError)
  })

  it('skips a malformed line with its file:line in the log and still serves every other document', async () => {
    const broken = path.join(tmp, 'broken.ndjson')
    await writeFile(broken, '{"_id":"a","_type":"category"}\n{not json}\n{"_type":"category"}\n{"_id":"b","_type":"category"}\n')
    const warnings: string[] = []
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message))
    const source = createLocalSource(broken)
    expect(await source.fetch({ query: `*[_type == "category"]._id | order(@ asc)` })).toEqual(['a', 'b'])
    expect(warnings).toEqual([
      `[content] skipped ${broken}:2: not valid JSON; every other document is served (\`npm run content:check\` lists every such problem in the dataset)`,
      `[content] skipped ${broken}:3: a document needs string _id and _type; every other document is served (\`npm run content:check\` lists every such problem in the dataset)`,
    ])
    vi.restoreAllMocks()
  })

  it('says which published posts are not on the site and why, once per load of the file', async () => {
    const file = path.join(tmp, 'unlisted.ndjson')
    const post = (id: string, fields: object) => JSON.stringify({ _id: id, _type: 'post', title: id, ...fields })
    await writeFile(
      file,
      [
        post('fine', { slug: { current: 'fine' }, publishedAt: '2025-06-27T08:00:00Z' }),
        post('no-slug', { publishedAt: '2025-06-27T08:00:00Z' }),
        post('odd-slug', { slug: { current: 'a b' }, publishedAt: '2025-06-27T08:00:00Z' }),
        post('no-date', { slug: { current: 'no-date' } }),
        post('odd-date', { slug: { current: 'odd-date' }, publishedAt: '2026-13-45' }),
        post('drafts.unfinished', {}),
      ].join('\n'),
    )
    const warnings: string[] = []
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message))
    const source = createLocalSource(file)
    await source.fetch({ query: `count(*)` })
    await source.fetch({ query: `count(*)` })
    const hint = '(`npm run content:check` lists every such problem in the dataset)'
    expect(warnings).toEqual([
      `[content] post no-slug is not on the site: it has no slug ${hint}`,
      `[content] post odd-slug is not on the site: its slug "a b" breaks the slug rule ${hint}`,
      `[content] post no-date is not on the site: it has no publish date ${hint}`,
      `[content] post odd-date is not on the site: its publish date "2026-13-45" is not a date ${hint}`,
    ])
    vi.restoreAllMocks()
  })

  it('hides drafts from readers and shows them in place of the published document in the drafts perspective', () => {
    const documents = [
      { _id: 'post-a', _type: 'post', title: 'Published' },
      { _id: 'drafts.post-a', _type: 'post', title: 'Edited' },
      { _id: 'drafts.post-new', _type: 'post', title: 'Never published' },
    ]
    expect(applyPerspective(documents, 'published').map((doc) => doc.title)).toEqual(['Published'])
    const drafts = applyPerspective(documents, 'drafts')
    expect(drafts.map((doc) => [doc._id, doc.title])).toEqual([
      ['post-a', 'Edited'],
      ['post-new', 'Never published'],
    ])
  })

  it('reads the file again when it changes on disk', async () => {
    const file = path.join(tmp, 'changing.ndjson')
    await writeFile(file, JSON.stringify({ _id: 'post-a', _type: 'post', title: 'Before' }))
    const source = createLocalSource(file)
    const titleQuery = `*[_id == "post-a"][0].title`
    expect(await source.fetch({ query: titleQuery })).toBe('Before')
    await writeFile(file, JSON.stringify({ _id: 'post-a', _type: 'post', title: 'After' }))
    const later = new Date(Date.now() + 5_000)
    await utimes(file, later, later)
    expect(await source.fetch({ query: titleQuery })).toBe('After')
  })
})
