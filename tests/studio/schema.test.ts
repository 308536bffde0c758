import { Schema } from '@sanity/schema'
import { groupProblems, validateSchema } from '@sanity/schema/_internal'
import { expect, test } from 'vitest'
import { schemaTypes } from '@/sanity/schemaTypes'

// The same check the Studio runs on start-up: a schema error there is a blank Studio for editors.
test('the schema passes Sanity’s own schema validator with no errors or warnings', () => {
  const problems = groupProblems(validateSchema(schemaTypes).getTypes()).flatMap((group) =>
    group.problems.map((problem) => `${problem.severity} ${group.path.map((segment) => segment.name).join(' > ')}: ${problem.message}`),
  )
  expect(problems).toEqual([])
})

test('the compiled schema has the document types the site reads, with the contracted fields', () => {
  const schema = Schema.compile({ name: 'default', types: schemaTypes })
  const fieldsOf = (typeName: string) => (schema.get(typeName)?.fields as { name: string }[] | undefined)?.map((field) => field.name)
  // At least these: a new post field needs no line here (the queries' contracts tie what they read to the schema).
  expect(fieldsOf('post')).toEqual(
    expect.arrayContaining([
      'title',
      'slug',
      'excerpt',
      'author',
      'publishedAt',
      'updatedAt',
      'categories',
      'tags',
      'mainImage',
      'highlights',
      'body',
      'worksCited',
      'disclaimer',
      'reviewedBy',
      'lastReviewedAt',
      'nextReviewDue',
      'changes',
      'relatedPosts',
      'seo',
    ]),
  )
  expect(fieldsOf('postChange')).toEqual(['date', 'kind', 'note'])
  expect(fieldsOf('citation')).toEqual([
    'title',
    'site',
    'url',
    'type',
    'accessedAt',
    'authors',
    'container',
    'issued',
    'volume',
    'issue',
    'pages',
    'doi',
    'pmid',
    'pmcid',
    'isbn',
    'sourceKind',
    'archiveUrl',
  ])
  expect(fieldsOf('sourceHealth')).toEqual(
    expect.arrayContaining([
      'citation',
      'url',
      'status',
      'httpStatus',
      'finalUrl',
      'textFound',
      'archivedUrl',
      'archivedAt',
      'checkedAt',
      'failures',
    ]),
  )
  expect(fieldsOf('disclaimer')).toEqual(['title', 'body'])
  expect(fieldsOf('category')).toEqual(['title', 'slug', 'description'])
  expect(fieldsOf('author')).toEqual(['name', 'slug', 'credentials', 'role', 'bio', 'image', 'expertise', 'sameAs'])
  expect(fieldsOf('siteSettings')).toEqual([
    'title',
    'description',
    'isDemo',
    'defaultDisclaimer',
    'isMedicalSite',
    'requireReviewer',
    'allowSelfReview',
    'reviewIntervalMonths',
    'editorialPolicy',
    'correctionsPolicy',
    'referenceStyle',
    'warnOnCommercialSources',
  ])
})
