import { defineQuery } from 'groq'
import { z } from 'zod'
import type { ContentReader } from '../source'
import { tags } from './tags'
import type { SITE_SETTINGS_QUERY_RESULT } from '../../sanity.types'
import type { Assert, Fits } from './contract'

export const SITE_SETTINGS_QUERY = defineQuery(`*[_type == "siteSettings" && _id == "siteSettings"][0]{title, description, isDemo}`)

/** Used when a fresh project has no settings document yet, so the site still renders. */
export const FALLBACK_SITE_SETTINGS = {
  title: 'Cited',
  description: 'Evidence-based health writing with every claim cited.',
}

const siteSettingsSchema = z
  .object({ title: z.string().min(1).nullish(), description: z.string().nullish(), isDemo: z.boolean().nullish() })
  .nullish()
  .catch(null)
  .transform((settings) => ({
    title: settings?.title ?? FALLBACK_SITE_SETTINGS.title,
    description: settings?.description ?? FALLBACK_SITE_SETTINGS.description,
    isDemo: settings?.isDemo === true,
  }))
export type SiteSettings = z.output<typeof siteSettingsSchema>
type _Checked = Assert<Fits<SITE_SETTINGS_QUERY_RESULT, typeof siteSettingsSchema>>

export function getSiteSettings(reader: ContentReader): Promise<SiteSettings> {
  return reader.fetchContent({ query: SITE_SETTINGS_QUERY, tags: [tags.site], schema: siteSettingsSchema })
}
