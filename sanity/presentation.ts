import {
  defineDocuments,
  defineLocations,
  presentationTool,
  type DocumentLocation,
  type DocumentLocationResolvers,
  type DocumentResolver,
} from 'sanity/presentation'

/**
 * The Presentation tool: the page beside the document. Opening a preview calls the site's
 * `/api/draft-mode/enable` with a secret the Studio signs, so the page reads drafts; the page's
 * <VisualEditing /> then draws click-to-edit overlays and refreshes as the editor types.
 * Routes match the site's pages under app/(site)/ (`/blog/[slug]`, `/blog/category/[slug]`).
 */
const HOME: DocumentLocation = { title: 'Home page', href: '/' }
const BLOG: DocumentLocation = { title: 'Blog index', href: '/blog' }

/**
 * Document types with a page of their own at a slug: where it is, and which other pages list it.
 * A new one (authors) is one line here. More specific routes first.
 */
const PAGES_BY_SLUG = [
  { type: 'category', route: '/blog/category/:slug', noun: 'category', listedOn: [HOME] },
  { type: 'post', route: '/blog/:slug', noun: 'post', listedOn: [BLOG, HOME] },
] as const satisfies ReadonlyArray<{ type: string; route: `/${string}:slug`; noun: string; listedOn: DocumentLocation[] }>

const hrefFor = (route: string, slug: string) => route.replace(':slug', encodeURIComponent(slug))

export const presentationResolve = {
  // Which document a page is "about", so opening a URL in the preview selects it.
  mainDocuments: defineDocuments([
    { route: '/', filter: `_id == "siteSettings"` },
    ...PAGES_BY_SLUG.map(({ type, route }): DocumentResolver => ({ route, filter: `_type == "${type}" && slug.current == $slug` })),
  ]),
  // Where a document shows up on the site, listed under the document in the Studio.
  locations: {
    ...Object.fromEntries(
      PAGES_BY_SLUG.map(({ type, route, noun, listedOn }) => [
        type,
        defineLocations({
          select: { title: 'title', slug: 'slug.current' },
          resolve: (doc) =>
            doc?.slug
              ? { locations: [{ title: doc.title || `Untitled ${noun}`, href: hrefFor(route, doc.slug) }, ...listedOn] }
              : { message: `Give the ${noun} a slug to preview it.`, tone: 'caution' },
        }),
      ]),
    ),
    siteSettings: defineLocations({
      locations: [HOME, BLOG],
      message: 'Site settings appear on every page (title, description, default disclaimer).',
      tone: 'positive',
    }),
  } satisfies DocumentLocationResolvers,
}

export const presentation = presentationTool({
  previewUrl: { previewMode: { enable: '/api/draft-mode/enable' } },
  resolve: presentationResolve,
})
