import { describe, expect, test } from 'vitest'
import { parseLookupInput } from './identifier'

describe('what an editor pasted', () => {
  test.each([
    ['10.5555/ABC.123', { kind: 'doi', doi: '10.5555/abc.123' }],
    ['doi: 10.5555/abc.123.', { kind: 'doi', doi: '10.5555/abc.123' }],
    ['https://dx.doi.org/10.5555/abc%2F123', { kind: 'doi', doi: '10.5555/abc/123' }],
    ['PMID: 90000001', { kind: 'pmid', pmid: '90000001' }],
    ['90000001', { kind: 'pmid', pmid: '90000001' }],
    ['https://pubmed.ncbi.nlm.nih.gov/90000001/', { kind: 'pmid', pmid: '90000001' }],
    ['pmc90000001', { kind: 'pmcid', pmcid: 'PMC90000001' }],
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC90000001/', { kind: 'pmcid', pmcid: 'PMC90000001' }],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC90000001/#sec2', { kind: 'pmcid', pmcid: 'PMC90000001' }],
    ['https://example.org/a?b=1', { kind: 'url', url: 'https://example.org/a?b=1' }],
  ])('%s', (text, input) => expect(parseLookupInput(text)).toEqual(input))

  test.each(['', 'vitamin k2', 'ftp://example.org/x', 'javascript:alert(1)', '10.12/too-short-registrant', 'x'.repeat(3000)])(
    'nothing to look up: %j',
    (text) => expect(parseLookupInput(text)).toBeUndefined(),
  )
})
