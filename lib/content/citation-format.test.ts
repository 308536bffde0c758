import { describe, expect, it } from 'vitest'
import { describeCitation, worksCitedSources } from './citation-format'
import { backlinkLabel } from './citations'

describe('describeCitation', () => {
  it('writes the reference out in AMA, keeps the text fragment in its link, and reads identifiers from the address', () => {
    const display = describeCitation({
      title: 'Vitamin D - Health Professional Fact Sheet',
      site: 'NIH Office of Dietary Supplements',
      type: 'government',
      url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption',
      accessedAt: '2025-06-27',
    })
    expect(display).toEqual({
      title: 'Vitamin D - Health Professional Fact Sheet',
      site: 'NIH Office of Dietary Supplements',
      url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption',
      reference:
        'NIH Office of Dietary Supplements. Vitamin D - Health Professional Fact Sheet. Accessed June 27, 2025. <a rel="noopener noreferrer" href="https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption">https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption</a>',
      kind: 'government',
    })
    expect(describeCitation({ title: 'T', url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4566462/' })).toMatchObject({
      pmcid: 'PMC4566462',
      kind: 'peer-reviewed',
    })
  })

  it('drops an unsafe URL and a site that repeats the title', () => {
    const display = describeCitation({ title: 'MedlinePlus', site: 'medlineplus', url: 'javascript:alert(1)', accessedAt: null })
    expect(display).toEqual({ title: 'MedlinePlus', reference: 'MedlinePlus. medlineplus.', kind: 'other' })
  })

  it('formats in the site’s style and keeps each entry’s number and place', () => {
    const citation = {
      title: 'Trial',
      type: 'article-journal' as const,
      authors: [{ family: 'Lee', given: 'Kim' }],
      container: 'J Test',
      issued: '2020',
      volume: '1',
      pages: '1-2',
    }
    const [entry] = worksCitedSources([{ number: 3, cited: false, backlinks: [], citation }], 'apa')
    expect(entry).toMatchObject({ number: 3, cited: false, uses: 0, reference: 'Lee, K. (2020). Trial. <i>J Test</i>, <i>1</i>, 1–2.' })
  })
})

describe('backlinkLabel', () => {
  it('labels back-links a, b, … z, aa', () => {
    expect([0, 1, 25, 26, 27].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab'])
  })
})
