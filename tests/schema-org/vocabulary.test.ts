import { describe, expect, it } from 'vitest'
import { schemaOrgProblems } from './vocabulary'

// The checker itself: it must catch what search engines would ignore or reject.
describe('schemaOrgProblems', () => {
  it('accepts a valid MedicalWebPage with a reviewer and a BlogPosting main entity', () => {
    expect(
      schemaOrgProblems([
        {
          '@context': 'https://schema.org',
          '@type': 'MedicalWebPage',
          lastReviewed: '2026-10-20',
          reviewedBy: { '@type': 'Person', name: 'A', honorificSuffix: 'MD', jobTitle: 'Physician' },
          mainEntity: { '@type': 'BlogPosting', headline: 'H', citation: [{ '@type': 'CreativeWork', name: 'Source' }] },
        },
      ]),
    ).toEqual([])
  }, 60_000)

  it('rejects an unknown type, a misspelt property at any depth, and a wrong kind of value', () => {
    const problems = schemaOrgProblems([
      { '@context': 'https://schema.org', '@type': 'MedicalWebPag' },
      { '@context': 'https://schema.org', '@type': 'WebPage', reviewedBy: { '@type': 'Person', name: 'A', credentials: 'MD' } },
      { '@context': 'https://schema.org', '@type': 'WebPage', lastReviewd: '2026-01-01' },
      { '@context': 'https://schema.org', '@type': 'Person', name: 42 },
      { '@type': 'Person', name: 'No context' },
    ])
    const about = (index: number) => problems.filter((line) => line.startsWith(`object ${index}: `))
    expect(about(0).join()).toContain("no exported member named 'MedicalWebPag'")
    expect(about(1).join()).toContain("\"credentials\"' does not exist in type 'PersonLeaf'")
    expect(about(2).join()).toContain('"lastReviewd"\' does not exist')
    expect(about(3).join()).toContain('is not assignable')
    expect(about(4).join()).toContain('is not assignable') // no @context
    expect(problems).toHaveLength(5)
  }, 60_000)
})
