import { defineDocuments, defineLocations, presentationTool, type DocumentLocation } from 'sanity/presentation'

/**
 * The Presentation tool: the page beside the document. Opening a preview calls the site's
 * `/api/draft-mode/enable` with a secret the Studio signs, so the page reads drafts.
 * Routes match the site's (DESIGN.md → Routes).
 */
const HOME: DocumentLocation = { title: 'Home page', href: '/' }
const BLOG: DocumentLocation = { title: 'Blog index', href: '/blog' }

export const presentation = presentationTool({
  previewUrl: { previewMode: { enable: '/api/draft-mode/enable' } },
  resolve: {
    // Which document a page is "about", so opening a URL in the preview selects it.
    mainDocuments: defineDocuments([
      { route: '/', filter: `_id == "siteSettings"` },
      { route: '/blog/category/:slug', filter: `_type == "category" && slug.current == $slug` },
      { route: '/blog/:slug', filter: `_type == "post" && slug.current == $slug` },
    ]),
    // Where a document shows up on the site, listed under the document in the Studio.
    locations: {
      post: defineLocations({
        select: { title: 'title', slug: 'slug.current' },
        resolve: (doc) =>
          doc?.slug
            ? { locations: [{ title: doc.title || 'Untitled post', href: `/blog/${doc.slug}` }, BLOG, HOME] }
            : { message: 'Give the post a slug to preview it.', tone: 'caution' },
      }),
      category: defineLocations({
        select: { title: 'title', slug: 'slug.current' },
        resolve: (doc) =>
          doc?.slug
            ? { locations: [{ title: doc.title || 'Untitled category', href: `/blog/category/${doc.slug}` }, HOME] }
            : { message: 'Give the category a slug to preview it.', tone: 'caution' },
      }),
      siteSettings: defineLocations({
        locations: [HOME, BLOG],
        message: 'Site settings appear on every page (title, description, default disclaimer).',
        tone: 'positive',
      }),
    },
  },
})
