import { defineField } from 'sanity'

/**
 * The `alt` and `caption` fields every image on the site carries. Alt text is required wherever
 * an image is set: screen-reader users and anyone on a slow connection only get the words.
 */
export const altField = defineField({
  name: 'alt',
  title: 'Alternative text',
  type: 'string',
  description: 'Describe what the image shows for readers who cannot see it (for example "A bowl of natto with chopsticks"). Required.',
  validation: (rule) => [
    rule.required().error('Add alternative text describing the image'),
    rule.max(250).warning('Keep alternative text under 250 characters; put longer detail in the caption'),
  ],
})

export const captionField = defineField({
  name: 'caption',
  title: 'Caption',
  type: 'string',
  options: { readerProse: true },
  description: 'Optional text shown under the image, such as a credit or a short explanation.',
})

/**
 * What the crop and hotspot tools do on the site (lib/images), said where the editor uses them.
 * SVGs are sent as uploaded on both sources, so a crop cannot apply to them.
 */
export const IMAGE_FRAMING_HELP =
  'Crop cuts a photo (JPEG, PNG, WebP) on every page and card; the hotspot keeps its subject in view wherever the site trims it to fit, such as cards and link previews. SVG illustrations are always shown whole.'
