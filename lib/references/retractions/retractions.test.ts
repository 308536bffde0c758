import { describe, expect, test } from 'vitest'
import { crossrefWorkSchema } from '../lookup/crossref'
import { pubmedSummarySchema } from '../lookup/ncbi'
import { SUMMARIES, WORKS } from '../../../tests/support/reference-services'
import { retractionFromCrossref, retractionFromPubmed, storedRetraction } from '.'

const updatesOf = (doi: string) => crossrefWorkSchema.parse(WORKS[doi])['updated-by'] ?? []
const summaryOf = (pmid: string) => pubmedSummarySchema.parse(SUMMARIES[pmid])

describe('Crossref updated-by', () => {
  test('a retraction (publisher and Retraction Watch records alike): status, notice, date', () => {
    expect(retractionFromCrossref(updatesOf('10.5555/cited.k2.2021'))).toEqual({
      status: 'retracted',
      notice: 'https://doi.org/10.5555/cited.k2.2021.retraction',
      date: '2024-03-05',
    })
  })

  test('an expression of concern and a correction are shown as such', () => {
    expect(retractionFromCrossref(updatesOf('10.5555/cited.eoc.2020'))).toMatchObject({
      status: 'expression-of-concern',
      date: '2022-09-01',
    })
    expect(retractionFromCrossref(updatesOf('10.5555/cited.d3.2019'))).toMatchObject({ status: 'corrected', date: '2020-01-15' })
    expect(retractionFromCrossref(updatesOf('10.5555/cited.clean.2018'))).toBeNull()
  })

  test('the most serious notice wins; unrelated updates (new versions) are none', () => {
    const updates = [
      { type: 'correction', DOI: '10.5555/a' },
      { type: 'retraction', DOI: '10.5555/b' },
      { type: 'new_version', DOI: '10.5555/c' },
    ]
    expect(retractionFromCrossref(updates)?.notice).toBe('https://doi.org/10.5555/b')
    expect(retractionFromCrossref([{ type: 'new_version' }])).toBeNull()
  })
})

describe('PubMed', () => {
  test('"Retracted Publication" with its "Retraction in" notice', () => {
    expect(retractionFromPubmed(summaryOf('90000002'))).toEqual({
      status: 'retracted',
      notice: 'https://pubmed.ncbi.nlm.nih.gov/90000003/',
      date: null,
    })
  })

  test('"Erratum in" is a correction; nothing is nothing', () => {
    expect(retractionFromPubmed(summaryOf('90000004'))).toMatchObject({ status: 'corrected' })
    expect(retractionFromPubmed(summaryOf('90000001'))).toBeNull()
  })

  test('the publication type alone still marks it retracted', () => {
    expect(retractionFromPubmed({ uid: '1', pubtype: ['Journal Article', 'Retracted Publication'] })).toMatchObject({ status: 'retracted' })
  })
})

test('a stored retraction is read leniently', () => {
  expect(storedRetraction({ retraction: { status: 'retracted', notice: null, date: '2024' } })).toEqual({
    status: 'retracted',
    notice: null,
    date: '2024',
  })
  expect(storedRetraction({ retraction: { status: 'withdrawn?' } })).toBeNull()
  expect(storedRetraction(null)).toBeNull()
})
