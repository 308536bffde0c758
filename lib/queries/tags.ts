/**
 * Cache tags: what a page's data depends on, so the webhook revalidates only what a change
 * touches. Every query carries `site` (settings, the default disclaimer) and any page that
 * lists posts carries `post-list` (post pages too: related, latest and previous/next).
 */
export const tags = {
  site: 'site',
  postList: 'post-list',
  post: (slug: string) => `post:${slug}`,
  category: (slug: string) => `category:${slug}`,
  /** The `/authors` index. */
  authors: 'authors',
  author: (slug: string) => `author:${slug}`,
  /** A `page` at /<slug>. */
  page: (slug: string) => `page:${slug}`,
  /** Which pages exist: the footer on every page links them, posts link the policy pages. */
  pages: 'pages',
} as const
