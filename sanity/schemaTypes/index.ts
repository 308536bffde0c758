import { author } from './author'
import { blockContent } from './blockContent'
import { callout } from './callout'
import { category } from './category'
import { citation } from './citation'
import { citationRef } from './citationRef'
import { disclaimer } from './disclaimer'
import { highlight } from './highlight'
import { link } from './link'
import { page } from './page'
import { post } from './post'
import { postChange } from './postChange'
import { seo } from './seo'
import { simpleBlockContent } from './simpleBlockContent'
import { siteSettings } from './siteSettings'
import { sourceHealth } from './sourceHealth'
import { videoEmbed } from './videoEmbed'

export const schemaTypes = [
  // Documents
  post,
  page,
  citation,
  disclaimer,
  category,
  author,
  siteSettings,
  sourceHealth,
  // Objects
  blockContent,
  simpleBlockContent,
  link,
  citationRef,
  callout,
  videoEmbed,
  highlight,
  postChange,
  seo,
]

/** Document types that exist once, under an id equal to their type name. */
export const singletonTypes = new Set(['siteSettings'])

/** Document types only a program writes (`npm run sources:check`): never offered in "create new". */
export const machineWrittenTypes = new Set<string>([sourceHealth.name])
