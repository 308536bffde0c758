import { describe, expect, it } from 'vitest'
import {
  checkIssued,
  duplicateGroups,
  identifiersFromUrl,
  normaliseDoi,
  normaliseIsbn,
  normalisePmcid,
  normalisePmid,
  normaliseSourceUrl,
} from './identifiers'

describe('identifier normalisers', () => {
  it('DOIs: bare, lower case, resolver prefix dropped', () => {
    expect(normaliseDoi('https://doi.org/10.1002/14651858.CD005476.pub4')).toBe('10.1002/14651858.cd005476.pub4')
    expect(normaliseDoi('doi:10.5555/ABC')).toBe('10.5555/abc')
    expect(normaliseDoi('10.5555/a"b')).toBeNull()
    expect(normaliseDoi('11.5555/abc')).toBeNull()
  })
  it('PMIDs, PMCIDs and ISBNs', () => {
    expect(normalisePmid(' 29138634 ')).toBe('29138634')
    expect(normalisePmid('PMC123')).toBeNull()
    expect(normalisePmcid('pmc4566462')).toBe('PMC4566462')
    expect(normalisePmcid('4566462')).toBe('PMC4566462')
    expect(normaliseIsbn('978-0-306-40615-7')).toBe('9780306406157')
    expect(normaliseIsbn('978-0-306-40615-8')).toBeNull()
    expect(normaliseIsbn('0-306-40615-2')).toBe('0306406152')
  })
  it('publication dates: year, year-month or a real full date', () => {
    expect(checkIssued('2024')).toBe(true)
    expect(checkIssued('2024-02')).toBe(true)
    expect(checkIssued('2024-02-29')).toBe(true)
    expect(checkIssued('2023-02-29')).not.toBe(true)
    expect(checkIssued('2024-13')).not.toBe(true)
  })
})

describe('identifiersFromUrl', () => {
  it.each([
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/', { pmcid: 'PMC4566462' }],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2669834/', { pmcid: 'PMC2669834' }],
    ['https://pubmed.ncbi.nlm.nih.gov/29138634/', { pmid: '29138634' }],
    ['https://www.ncbi.nlm.nih.gov/pubmed/29138634', { pmid: '29138634' }],
    ['https://doi.org/10.1002/14651858.CD005476.pub4', { doi: '10.1002/14651858.cd005476.pub4' }],
    ['https://www.ahajournals.org/doi/10.1161/01.cir.0000063575.17904.4e', { doi: '10.1161/01.cir.0000063575.17904.4e' }],
    ['https://www.frontiersin.org/journals/public-health/articles/10.3389/fpubh.2022.979649/full', { doi: '10.3389/fpubh.2022.979649' }],
    ['https://www.ncbi.nlm.nih.gov/books/NBK441964/', {}],
    ['https://www.mdpi.com/2072-6643/16/14/2356', {}],
    ['not a url', {}],
  ])('%s', (url, expected) => {
    expect(identifiersFromUrl(url)).toEqual(expected)
  })
})

describe('duplicates', () => {
  it('one page whatever the scheme/host case, trailing slash, tracking parameters or text fragment', () => {
    const key = normaliseSourceUrl('https://www.example.org/page')
    expect(normaliseSourceUrl('HTTP://WWW.Example.org/page/?utm_source=x&utm_medium=y')).toBe(key)
    expect(normaliseSourceUrl('https://example.org/page#:~:text=Clinical%20studies')).toBe(key)
    expect(normaliseSourceUrl('https://example.org/page?id=2')).not.toBe(key)
  })
  it('groups citations sharing a DOI, a PMID (given or in the address) or a page', () => {
    const groups = duplicateGroups([
      { _id: 'a', url: 'https://pubmed.ncbi.nlm.nih.gov/29138634/' },
      { _id: 'b', pmid: '29138634', url: 'https://journal.example/x' },
      { _id: 'c', doi: '10.5555/X', url: 'https://elsewhere.example/' },
      { _id: 'd', url: 'https://doi.org/10.5555/x' },
      { _id: 'e', url: 'https://unique.example/' },
    ])
    expect(groups.map((group) => group.map((source) => source._id))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })
})
