/**
 * Part of `npm run typegen`: writes sanity/reader-prose.json, the names of the fields the schema
 * marks as reader prose (sanity/lib/reader-prose.ts), for the site's stega filter.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { readerProseFieldNames } from '../sanity/lib/reader-prose'
import { schemaTypes } from '../sanity/schemaTypes'

writeFileSync(
  path.resolve(import.meta.dirname, '../sanity/reader-prose.json'),
  `${JSON.stringify(readerProseFieldNames(schemaTypes), null, 2)}\n`,
)
