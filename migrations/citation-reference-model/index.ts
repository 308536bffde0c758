import { at, defineMigration, set, unset } from 'sanity/migrate'
import { migrateCitation, type StoredCitation } from './migrate-citation'

/**
 * Citations move to the reference model (issue 33): type, identifiers from their addresses,
 * structured authors, `publishedAt` → `issued`. Against a project:
 * `sanity migration run citation-reference-model` (dry run unless --no-dry-run); against a local
 * NDJSON file or unpacked export: `npm run migrate:local -- PATH` (the same `document` function).
 */
export default defineMigration({
  title: 'Citations: the reference model (type, DOI/PMID/PMCID from the address, authors, issued)',
  documentTypes: ['citation'],
  migrate: {
    document(doc) {
      const changes = migrateCitation(doc as unknown as StoredCitation)
      return [
        ...Object.entries(changes.set).map(([field, value]) => at(field, set(value))),
        ...changes.unset.map((field) => at(field, unset())),
      ]
    },
  },
})
