import { ActivityIcon } from '@sanity/icons/Activity'
import { CogIcon } from '@sanity/icons/Cog'
import { ComposeIcon } from '@sanity/icons/Compose'
import type { DefaultDocumentNodeResolver, StructureResolver } from 'sanity/structure'
import { ReferringPosts, type ReferringPostsOptions } from './components/ReferringPosts'
import { needsReviewListItem } from './review/needsReview'
import { SourceHealthList, type SourceHealthListOptions } from './components/SourceHealthList'

/** The "Source health" lists: what `npm run sources:check` found that an editor should look at. */
const sourceHealthLists: Array<{ id: string; title: string; options: SourceHealthListOptions }> = [
  { id: 'broken', title: 'Broken', options: { filter: 'status == "broken"', emptyText: 'No source is confirmed broken.' } },
  {
    id: 'text-not-found',
    title: 'Text no longer found',
    options: { filter: 'status == "text-not-found"', emptyText: 'Every cited passage is still on its page.' },
  },
  {
    id: 'redirected-elsewhere',
    title: 'Redirected elsewhere',
    options: { filter: 'status == "redirected" && redirect == "other-host"', emptyText: 'No source redirects to another site.' },
  },
  {
    id: 'retracted',
    title: 'Retracted sources',
    options: { filter: 'retraction.status == "retracted"', emptyText: 'No cited work has been retracted.' },
  },
  {
    id: 'corrected-or-questioned',
    title: 'Corrections and concerns',
    options: {
      filter: 'retraction.status in ["expression-of-concern", "corrected"]',
      emptyText: 'No cited work has a correction or an expression of concern.',
    },
  },
]

/** The Studio's left-hand navigation: content first, settings last. */
export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Posts')
        .id('post')
        .schemaType('post')
        .icon(ComposeIcon)
        .child(
          S.documentTypeList('post')
            .title('Posts')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      needsReviewListItem(S, context),
      S.documentTypeListItem('citation').title('Works cited'),
      S.listItem()
        .title('Source health')
        .id('source-health')
        .icon(ActivityIcon)
        .child(
          S.list()
            .title('Source health')
            .items(
              sourceHealthLists.map(({ id, title, options }) =>
                S.listItem()
                  .id(id)
                  .title(title)
                  .child(
                    S.component(SourceHealthList)
                      .id(id)
                      .title(title)
                      .options(options)
                      // The citation opens beside the list, with its usual views ("Cited by").
                      .child((citationId) => S.defaultDocument({ schemaType: 'citation', documentId: citationId })),
                  ),
              ),
            ),
        ),
      S.documentTypeListItem('disclaimer').title('Disclaimers'),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('author').title('Authors'),
      S.divider(),
      // A singleton: the one document with id "siteSettings", opened directly rather than listed.
      S.listItem()
        .title('Site settings')
        .id('siteSettings')
        .schemaType('siteSettings')
        .icon(CogIcon)
        .child(S.document().schemaType('siteSettings').documentId('siteSettings').title('Site settings')),
    ])

const referringPostsViews: Record<string, { title: string; options: ReferringPostsOptions }> = {
  citation: { title: 'Cited by', options: { emptyText: 'No post lists this citation in its Works cited yet.' } },
  disclaimer: {
    title: 'Used by',
    options: { emptyText: 'No post picks this disclaimer explicitly.', showSiteDefault: true },
  },
  category: { title: 'Posts', options: { emptyText: 'No post is in this category yet.' } },
  author: { title: 'Posts', options: { emptyText: 'This author has not written or reviewed any posts yet.' } },
}

/** Adds a "which posts use this?" view beside the form of documents that posts reference. */
export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) => {
  const view = referringPostsViews[schemaType]
  if (!view) return S.document().views([S.view.form()])
  return S.document().views([S.view.form(), S.view.component(ReferringPosts).title(view.title).id('referring-posts').options(view.options)])
}
