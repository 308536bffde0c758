import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SanityDocument } from 'sanity'
import { describe, expect, test } from 'vitest'
import { describeMarkers, validateIn } from './validate'

// The bundled demo must be content an editor could have published: Sanity's validator, run as the
// Studio runs it, finds no errors in any document (asset documents are Sanity's own, not ours).
const dataFile = path.resolve(import.meta.dirname, '../../content/demo/data.ndjson')
const documents = readFileSync(dataFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SanityDocument)
const contentDocuments = documents.filter((doc) => !doc._type.startsWith('sanity.'))

describe('the demo dataset', () => {
  test('holds every document type editors work with', () => {
    const types = new Set(contentDocuments.map((doc) => doc._type))
    expect([...types].sort()).toEqual(['author', 'category', 'citation', 'disclaimer', 'page', 'post', 'siteSettings', 'sourceHealth'])
  })

  test.each(contentDocuments.map((doc) => [doc._id, doc] as const))('%s validates with no errors', async (_id, doc) => {
    expect(describeMarkers(await validateIn(doc, documents), 'error')).toEqual([])
  })
})
