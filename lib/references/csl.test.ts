import { describe, expect, it } from 'vitest'
import { formatReferences, toCslJson } from './csl'
import type { Reference } from './model'

/** The entry as a reader reads it: tags dropped, entities decoded. */
const plain = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&#38;', '&')

// Invented works under Crossref's test prefix 10.5555; expected strings written from the AMA
// Manual of Style (11th edition) chapter 3 rules: authors "Family Initials", up to 6 listed, more
// than 6 → first 3 and "et al."; journal abbreviation; "year;vol(issue):pages"; "doi:" bare;
// web, news and agency pages "Site. Published Month Day, Year. Accessed Month Day, Year. URL"
// (3.15.1); books "Publisher; Year"; chapters "In: Book"; preprints "Server. Preprint posted
// online Month Day, Year. doi:…".
const ama: Array<[string, Reference, string]> = [
  [
    'journal article, up to 6 authors',
    {
      type: 'article-journal',
      title: 'Vitamin K2 and bone mineral density in older adults',
      authors: [
        { family: 'Smith', given: 'John A' },
        { family: 'Doe', given: 'Jane' },
      ],
      container: 'J Bone Res',
      issued: '2020-03',
      volume: '12',
      issue: '3',
      pages: '100-110',
      doi: '10.5555/12345678',
      pmid: '31234567',
      url: 'https://example.org/article/12345678',
      accessedAt: '2025-06-27',
    },
    'Smith JA, Doe J. Vitamin K2 and bone mineral density in older adults. J Bone Res. 2020;12(3):100-110. doi:10.5555/12345678',
  ],
  [
    'journal article, more than 6 authors',
    {
      type: 'article-journal',
      title: 'Menaquinone-7 supplementation and arterial stiffness',
      authors: ['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Fisher', 'Green'].map((family) => ({ family, given: 'Anne' })),
      container: 'Nutr Rev',
      issued: '2021',
      volume: '9',
      pages: '1-9',
      doi: '10.5555/2021.9',
    },
    'Adams A, Baker A, Clark A, et al. Menaquinone-7 supplementation and arterial stiffness. Nutr Rev. 2021;9:1-9. doi:10.5555/2021.9',
  ],
  [
    'web page',
    {
      type: 'webpage',
      title: 'How much vitamin D is too much?',
      authors: [{ family: 'Raman', given: 'Ryan' }],
      site: 'Healthline',
      issued: '2023-05-12',
      accessedAt: '2025-06-27',
      url: 'https://www.healthline.com/nutrition/how-much-vitamin-d-is-too-much',
    },
    'Raman R. How much vitamin D is too much? Healthline. Published May 12, 2023. Accessed June 27, 2025. https://www.healthline.com/nutrition/how-much-vitamin-d-is-too-much',
  ],
  [
    'government page (the agency is the author)',
    {
      type: 'government',
      title: 'Vitamin D: fact sheet for health professionals',
      site: 'NIH Office of Dietary Supplements',
      issued: '2024-06-01',
      accessedAt: '2025-06-27',
      url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
    },
    'NIH Office of Dietary Supplements. Vitamin D: fact sheet for health professionals. Published June 1, 2024. Accessed June 27, 2025. https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  ],
  [
    'book',
    {
      type: 'book',
      title: 'Vitamin K in Health',
      authors: [{ family: 'Booker', given: 'Ann' }],
      site: 'Example Press',
      issued: '2019',
      isbn: '9780306406157',
    },
    'Booker A. Vitamin K in Health. Example Press; 2019.',
  ],
  [
    'chapter',
    {
      type: 'chapter',
      title: 'Vitamin K and bone',
      authors: [{ family: 'Chapman', given: 'Carl' }],
      container: 'Vitamin K in Health',
      site: 'Example Press',
      issued: '2019',
      pages: '45-67',
    },
    'Chapman C. Vitamin K and bone. In: Vitamin K in Health. Example Press; 2019:45-67.',
  ],
  [
    'preprint',
    {
      type: 'preprint',
      title: 'Vitamin D3 with K2 in winter: a pilot trial',
      authors: [{ family: 'Prentice', given: 'Paula' }],
      container: 'medRxiv',
      issued: '2024-02-03',
      doi: '10.5555/pre.2024.1',
    },
    'Prentice P. Vitamin D3 with K2 in winter: a pilot trial. medRxiv. Preprint posted online February 3, 2024. doi:10.5555/pre.2024.1',
  ],
  [
    'news article',
    {
      type: 'news',
      title: 'Vitamin D pills do not prevent falls, study finds',
      authors: [{ family: 'Reporter', given: 'Rita' }],
      site: 'The New York Times',
      issued: '2022-07-27',
      accessedAt: '2025-06-27',
      url: 'https://www.nytimes.com/2022/07/27/well/vitamin-d.html',
    },
    'Reporter R. Vitamin D pills do not prevent falls, study finds. The New York Times. Published July 27, 2022. Accessed June 27, 2025. https://www.nytimes.com/2022/07/27/well/vitamin-d.html',
  ],
]

describe('formatReferences (AMA, the default style)', () => {
  const formatted = formatReferences(ama.map(([, reference]) => reference))
  it.each(ama.map(([name, , expected], index) => [name, expected, index] as const))('%s', (_name, expected, index) => {
    expect(plain(formatted[index]!)).toBe(expected)
  })

  it('italicises the journal, links the DOI and the address, and keeps the entries in the order given', () => {
    expect(formatted[0]).toContain('<i>J Bone Res</i>')
    expect(formatted[0]).toContain('<a rel="noopener noreferrer" href="https://doi.org/10.5555/12345678">10.5555/12345678</a>')
    expect(formatted[2]).toContain('href="https://www.healthline.com/nutrition/how-much-vitamin-d-is-too-much"')
  })

  it('escapes markup in the fields, and the address cannot leave its attribute', () => {
    const [entry] = formatReferences([
      { type: 'webpage', title: 'A <script>alert(1)</script>', site: 'S', url: 'https://x.example/a"onmouseover="b' },
    ])
    expect(entry).not.toContain('<script>')
    expect(entry).not.toMatch(/"onmouseover=/)
  })
})

describe('the other styles (siteSettings.referenceStyle)', () => {
  const [journal] = ama[0]!.slice(1, 2) as [Reference]
  it('Vancouver', () => {
    expect(plain(formatReferences([journal], 'vancouver')[0]!)).toBe(
      'Smith JA, Doe J. Vitamin K2 and bone mineral density in older adults. J Bone Res. 2020 Mar;12(3):100–10. doi:10.5555/12345678',
    )
  })
  it('APA, in the given order rather than sorted', () => {
    const entries = formatReferences([ama[2]![1], journal], 'apa').map(plain)
    expect(entries[1]).toBe(
      'Smith, J. A., & Doe, J. (2020). Vitamin K2 and bone mineral density in older adults. J Bone Res, 12(3), 100–110. https://doi.org/10.5555/12345678',
    )
    expect(entries[0]).toMatch(/^Raman, R\. \(2023, May 12\)/)
  })
})

describe('toCslJson', () => {
  it('maps the model to CSL-JSON: identifiers normalised, dates as date-parts, types mapped', () => {
    expect(
      toCslJson('x', {
        type: 'preprint',
        title: ' T ',
        container: 'bioRxiv',
        issued: '2024-02',
        doi: 'https://doi.org/10.5555/ABC',
        pmcid: '123',
      }),
    ).toEqual({
      id: 'x',
      type: 'article',
      genre: 'Preprint',
      title: 'T',
      'container-title': 'bioRxiv',
      issued: { 'date-parts': [[2024, 2]] },
      DOI: '10.5555/abc',
      PMCID: 'PMC123',
    })
  })
})
