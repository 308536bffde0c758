/**
 * Responsive image attributes. Only Sanity's image CDN can resize (`?w=`); local dataset
 * images are served as they are, so they get no srcset.
 */

const CDN_WIDTHS = [480, 720, 960, 1280, 1600, 2000]

export function isSanityCdnUrl(url: string): boolean {
  try {
    return new URL(url).hostname === 'cdn.sanity.io'
  } catch {
    return false
  }
}

function withParams(url: string, params: Record<string, string | number>): string {
  const parsed = new URL(url)
  for (const [key, value] of Object.entries(params)) parsed.searchParams.set(key, String(value))
  return parsed.toString()
}

/** `src` and, for CDN images, a `srcSet` of widths up to the original's. */
export function responsiveImage(url: string, width: number, maxDisplayWidth = 1280): { src: string; srcSet?: string } {
  if (!isSanityCdnUrl(url)) return { src: url }
  const widths = CDN_WIDTHS.filter((candidate) => candidate < width)
  widths.push(Math.min(width, CDN_WIDTHS.at(-1)!))
  const unique = [...new Set(widths)].sort((a, b) => a - b)
  return {
    src: withParams(url, { w: Math.min(width, maxDisplayWidth), auto: 'format' }),
    srcSet: unique.map((candidate) => `${withParams(url, { w: candidate, auto: 'format' })} ${candidate}w`).join(', '),
  }
}

/** An absolute URL for metadata and JSON-LD (local images are served from this site). */
export function absoluteUrl(url: string, siteUrl: string): string {
  return new URL(url, `${siteUrl}/`).toString()
}
