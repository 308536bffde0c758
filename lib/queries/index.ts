import { createContentReader, type ContentReader, type DataLayerConfig } from '../source'
import { getAuthorIndex, getAuthorPage } from './authors'
import { getFeed, getPublicIndex } from './feeds'
import { getPage, getPageLinks, pageStaticParams } from './pages'
import { getShareCard, getPost } from './post'
import { getAllCategories, getCategoryPage, getHomePage, getPostList } from './post-lists'
import { searchPosts } from './search'
import { getSiteSettings } from './site'
import {
  authorPageStaticParams,
  authorStaticParams,
  blogPageStaticParams,
  categoryPageStaticParams,
  categoryStaticParams,
  postStaticParams,
} from './static-params'

/** Every page-level function: each takes the reader first, then what the page asks for. */
const pageFunctions = {
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
}

type PageFunctions = typeof pageFunctions
type Bound<F> = F extends (reader: ContentReader, ...args: infer Args) => infer Result ? (...args: Args) => Result : never

/** The data layer over one source: the page-level functions, bound to it, and the reader itself. */
export type DataLayer = { [Name in keyof PageFunctions]: Bound<PageFunctions[Name]> } & { reader: ContentReader }

/**
 * Builds the data layer from plain configuration. The app builds one from `env` (lib/data.ts);
 * the content check, the benchmark and tests build their own, over any dataset.
 */
export function createDataLayer(config: DataLayerConfig): DataLayer {
  const reader = createContentReader(config)
  const bound = Object.fromEntries(
    Object.entries(pageFunctions).map(([name, fn]) => [
      name,
      (...args: unknown[]) => (fn as (...all: unknown[]) => unknown)(reader, ...args),
    ]),
  )
  return { ...(bound as Omit<DataLayer, 'reader'>), reader }
}
