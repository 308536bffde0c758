import { env } from './env'
import { createDataLayer } from './queries'
import { sourceConfigFromEnv } from './source/config'

/** The site's data layer: the source `env` configures, read inside the Next.js server. */
export const siteData = createDataLayer({ source: sourceConfigFromEnv(env), insideNext: true })

export const {
  getPost,
  getShareCard,
  getPostList,
  getCategoryPage,
  getHomePage,
  getAllCategories,
  getPublicIndex,
  getFeed,
  getSiteSettings,
  searchPosts,
  getAuthorIndex,
  getAuthorPage,
  getPage,
  getPageLinks,
  pageStaticParams,
  postStaticParams,
  blogPageStaticParams,
  categoryStaticParams,
  categoryPageStaticParams,
  authorStaticParams,
  authorPageStaticParams,
} = siteData
