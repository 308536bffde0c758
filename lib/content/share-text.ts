/**
 * Text for the generated share image. next/og draws with its bundled Latin font and fetches
 * any other script (and emoji) from Google Fonts at render time; builds here are offline, so
 * characters the font cannot draw are left out rather than fetched.
 */
const DRAWABLE = /[^\u0020-\u024f\u2010-\u2027\u2030-\u205e\u20ac]/gu

export function shareImageText(text: string, fallback: string): string {
  const drawable = text
    .normalize('NFC')
    .replace(DRAWABLE, '')
    .replace(/\(\s*\)|\[\s*\]/g, '') // brackets left empty by removed text
    .replace(/\s+([,.:;!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
  // A title mostly in another script would be reduced to fragments ("ビタミンD" → "D").
  const letters = (value: string) => value.match(/[\p{L}\p{N}]/gu)?.length ?? 0
  return letters(drawable) > 0 && letters(drawable) >= letters(text) / 2 ? drawable : fallback
}
