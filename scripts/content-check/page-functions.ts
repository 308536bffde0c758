// The page-level functions the content check runs, loaded once its dataset is configured.
export { getPost } from '../../lib/queries/post'
export { getAllCategories, getCategoryPage, getHomePage, getPostList } from '../../lib/queries/post-lists'
export { getPublicIndex } from '../../lib/queries/feeds'
