import { describe, expect, it } from 'vitest'
import { shareImageText } from './share-text'

describe('shareImageText', () => {
  it('keeps Latin text, accents and typographic punctuation', () => {
    expect(shareImageText('Café – “D3” & K2… 50 µg', 'Cited')).toBe('Café – “D3” & K2… 50 µg')
  })

  it('leaves out scripts and emoji the bundled font cannot draw, and the brackets they leave empty', () => {
    expect(shareImageText('Natto (納豆): The Fermented Soybean Dish 🫘', 'Cited')).toBe('Natto: The Fermented Soybean Dish')
  })

  it('falls back when nothing drawable is left', () => {
    expect(shareImageText('ビタミンD', 'Cited')).toBe('Cited')
  })
})
