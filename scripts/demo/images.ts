/**
 * Every picture in the demo dataset, declared once. Posts pick from here; the generator writes
 * exactly this set to content/demo/images/ (the tests check nothing is missing or orphaned).
 */
import { artwork, PALETTES, portrait, type ImageAsset } from './artwork'
import { photo } from './photo'

export const IMAGES = {
  d3k2Hero: artwork('pair', PALETTES.sun, 'vitamin-d3-and-k2-better-together'),
  d3k2Social: artwork('pair', PALETTES.teal, 'vitamin-d3-and-k2-better-together/seo'),
  synergyHero: artwork('sunrise', PALETTES.sun, 'vitamin-d3-and-k2-synergy'),
  synergyInline: artwork('columns', PALETTES.teal, 'vitamin-d3-and-k2-synergy/inline', { width: 1200, height: 800 }),
  b17Hero: artwork('kernels', PALETTES.apricot, 'vitamin-b17'),
  bComplexHero: artwork('molecule', PALETTES.indigo, 'vitamin-b'),
  sunlightVideoHero: artwork('screen', PALETTES.sun, 'video-sunlight-and-vitamin-d'),
  labelVideoHero: artwork('screen', PALETTES.slate, 'video-reading-supplement-labels'),
  winterHero: artwork('sunrise', PALETTES.indigo, 'vitamin-d-autumn-and-winter'),
  nattoHero: artwork('beans', PALETTES.apricot, 'natto-and-vitamin-k2'),
  calciumHero: artwork('columns', PALETTES.slate, 'calcium-food-first'),
  omega3Hero: artwork('droplets', PALETTES.teal, 'omega-3-supplements-heart-health-evidence'),
  magnesiumHero: artwork('leaves', PALETTES.leaf, 'magnesium-basics'),
  warfarinHero: artwork('pulse', PALETTES.berry, 'vitamin-k-and-blood-thinners'),
  heartEatingHero: artwork('leaves', PALETTES.berry, 'heart-healthy-eating-patterns'),
  // The one raster picture: its post sets a crop and hotspot, so resizing and cropping show locally.
  vitaminDTestHero: photo(PALETTES.sun, { x: 0.68, y: 0.42, radius: 0.26 }),
  draftHero: artwork('capsules', PALETTES.slate, 'draft-vitamin-c-and-colds'),
  portraitMaya: portrait(PALETTES.teal),
} satisfies Record<string, ImageAsset>

export const allImages: ImageAsset[] = Object.values(IMAGES)
