import { describe, expect, it } from 'vitest'
import { titleEndsSentence } from './citation-display'
import { describeCitation } from './citation-format'
import { backlinkLabel } from './citations'

describe('describeCitation', () => {
  it('formats title, site, accessed date and keeps the text fragment', () => {
    const display = describeCitation({
      title: 'Vitamin D - Health Professional Fact Sheet',
      site: 'NIH Office of Dietary Supplements',
      url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption',
      accessedAt: '2025-06-27',
    })
    // Nothing else: empty fields are left out, not sent as nulls.
    expect(display).toEqual({
      title: 'Vitamin D - Health Professional Fact Sheet',
      site: 'NIH Office of Dietary Supplements',
      accessed: 'Accessed June 27, 2025',
      url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/#:~:text=calcium%20absorption',
    })
  })

  it('knows when a title already ends a sentence, so no full stop is added after it', () => {
    expect(titleEndsSentence('The Complete Guide to Vitamin D3 and K2 ...')).toBe(true)
    expect(titleEndsSentence('Can You Take Vitamin D and Vitamin K Together?')).toBe(true)
    expect(titleEndsSentence('Vitamin D - NHS')).toBe(false)
  })

  it('drops an unsafe URL, a site that repeats the title and a missing date', () => {
    const display = describeCitation({ title: 'MedlinePlus', site: 'medlineplus', url: 'javascript:alert(1)', accessedAt: null })
    expect(display).toEqual({ title: 'MedlinePlus' })
  })

  it('shortens long author lists', () => {
    expect(describeCitation({ title: 'T', authors: ['A', 'B'] }).authors).toBe('A, B')
    expect(describeCitation({ title: 'T', authors: ['A', 'B', 'C', 'D'] }).authors).toBe('A, B, C, et al.')
  })
})

describe('backlinkLabel', () => {
  it('labels back-links a, b, … z, aa', () => {
    expect([0, 1, 25, 26, 27].map(backlinkLabel)).toEqual(['a', 'b', 'z', 'aa', 'ab'])
  })
})
