/**
 * The Sanity API the site, the Studio and the scripts talk to when the environment names none.
 * Plain constants with no imports: sanity/env.ts puts them in the Studio's browser bundle.
 */
export const DEFAULT_API_VERSION = '2025-06-01'
export const DEFAULT_API_HOST = 'https://api.sanity.io'
