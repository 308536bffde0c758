/**
 * The `sizes` of each place an image appears, matching globals.css, so the browser picks the
 * smallest `srcset` candidate that fills the box. Change both together.
 */
export const IMAGE_LAYOUTS = {
  /** A post's main image: the post column (56rem) or the full width below it. */
  hero: { sizes: '(min-width: 60rem) 56rem, 100vw', defaultWidth: 1280 },
  /** The first card on the home page: 55% of the wide column beside its text from 48rem. */
  leadCard: { sizes: '(min-width: 72rem) 40rem, (min-width: 48rem) 55vw, 100vw', defaultWidth: 1080 },
  /** A card in a grid of 18rem+ columns inside the wide (72rem) column. */
  card: { sizes: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw', defaultWidth: 640 },
  /** An image in a post's body: the reading measure (42rem) less the page gutters. */
  body: { sizes: '(min-width: 46rem) 42rem, calc(100vw - 2.5rem)', defaultWidth: 1080 },
  /** An author's portrait on their page (7.5rem square). */
  portrait: { sizes: '7.5rem', defaultWidth: 240 },
  /** An author's small portrait in the authors list (4rem square). */
  avatar: { sizes: '4rem', defaultWidth: 128 },
} as const

export type ImageLayout = keyof typeof IMAGE_LAYOUTS
