import { z } from 'zod'
import type { ContentReader } from '../source'
import { tags } from './tags'

export const SITE_SETTINGS_QUERY = `*[_id == "siteSettings"][0]{title, description}`

/** Used when a fresh project has no settings document yet, so the site still renders. */
export const FALLBACK_SITE_SETTINGS = {
  title: 'Cited',
  description: 'Evidence-based health writing with every claim cited.',
}

const siteSettingsSchema = z
  .object({ title: z.string().min(1).nullish(), description: z.string().nullish() })
  .nullish()
  .catch(null)
  .transform((settings) => ({
    title: settings?.title ?? FALLBACK_SITE_SETTINGS.title,
    description: settings?.description ?? FALLBACK_SITE_SETTINGS.description,
  }))
export type SiteSettings = z.output<typeof siteSettingsSchema>

export function getSiteSettings(reader: ContentReader): Promise<SiteSettings> {
  return reader.fetchContent({ query: SITE_SETTINGS_QUERY, tags: [tags.site], schema: siteSettingsSchema })
}
