/**
 * The Studio's view of the environment. Next.js inlines `NEXT_PUBLIC_*` values into the browser
 * bundle only where they are read literally, so each one is named in full here.
 */
import { DEFAULT_API_HOST, DEFAULT_API_VERSION } from '../lib/sanity-api-defaults'

/** True when a Sanity project is configured; otherwise the site runs on the bundled demo dataset. */
export const isProjectConfigured = Boolean(process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim())

// A syntactically valid id so the config still builds (and the schema CLI still runs) with no project.
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID?.trim() || 'unconfigured'

export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET?.trim() || 'production'

export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION?.trim() || DEFAULT_API_VERSION

/** Sanity's API, or a Content Lake–compatible host in front of it (see lib/env.ts). */
export const apiHost = process.env.NEXT_PUBLIC_SANITY_API_HOST?.trim().replace(/\/+$/, '') || DEFAULT_API_HOST
