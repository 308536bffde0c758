import { describe, expect, it } from 'vitest'
import { sourceKind, sourcesSummary, typeFromUrl } from './source-kinds'

describe('sourceKind', () => {
  it('uses the editor override, then the type, then the domain list (subdomains included), then .gov', () => {
    expect(sourceKind({ url: 'https://www.healthline.com/x', sourceKind: 'other' })).toBe('other')
    expect(sourceKind({ type: 'article-journal', url: 'https://www.healthline.com/x' })).toBe('peer-reviewed')
    expect(sourceKind({ type: 'webpage', url: 'https://bmjopen.bmj.com/content/13/7/e073233' })).toBe('peer-reviewed')
    expect(sourceKind({ url: 'https://health.clevelandclinic.org/vitamin-k2' })).toBe('health-system')
    expect(sourceKind({ url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/' })).toBe('government')
    expect(sourceKind({ url: 'https://www.nhs.uk/conditions/' })).toBe('government')
    expect(sourceKind({ url: 'https://blog.algaecal.com/x' })).toBe('commercial')
    expect(sourceKind({ url: 'https://unknown.example/' })).toBe('other')
  })
})

describe('sourcesSummary', () => {
  it('counts by kind, most first, in words', () => {
    const sources = [
      ...Array.from({ length: 3 }, () => ({ type: 'article-journal' as const })),
      { url: 'https://medlineplus.gov/x' },
      { url: 'https://www.mayoclinic.org/x' },
      { url: 'https://www.mayoclinic.org/y' },
      { url: 'https://www.goodrx.com/x' },
    ]
    expect(sourcesSummary(sources.map(sourceKind))).toBe(
      '7 sources: 3 peer-reviewed studies, 2 health systems, 1 government or health agency, 1 commercial site',
    )
    expect(sourcesSummary([sourceKind({ type: 'book' })])).toBe('1 source: 1 book')
  })
})

describe('typeFromUrl', () => {
  it.each([
    ['https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/', 'article-journal'],
    ['https://pubmed.ncbi.nlm.nih.gov/29138634/', 'article-journal'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2669834/', 'article-journal'],
    ['https://medlineplus.gov/vitaminddeficiency.html', 'government'],
    ['https://www.ncbi.nlm.nih.gov/books/NBK441964/', 'government'],
    ['https://www.healthline.com/nutrition/x', undefined],
  ])('%s → %s', (url, type) => {
    expect(typeFromUrl(url)).toBe(type)
  })
})
