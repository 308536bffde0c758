import { isPublishedId } from '@sanity/client/csm'
import { isReadableDate } from '../../lib/content/dates'
import { cleanPortableText } from '../../lib/content/portable-text'
import { createDataLayer } from '../../lib/queries'
import { isValidSlug } from '../../lib/slugs'
import type { SanityDocument } from '../../lib/source/dataset-file'
import type { Problem } from './problems'

/**
 * The site's query contracts: every page query from `lib/queries/` runs over the dataset with
 * groq-js, through the same functions and zod schemas the pages use, and anything a schema
 * leaves out (a post the post page cannot parse, a citation dropped from a works-cited list, a
 * disclaimer that would not show) is reported against the document that caused it.
 */
function pageFunctionsOver(documents: SanityDocument[]) {
  return createDataLayer({ source: { kind: 'local', dataset: { documents, assetFiles: new Map() } }, insideNext: false })
}

/** Runs `fn` with the page functions' own warnings captured instead of printed. */
async function capturingLogs<T>(fn: () => Promise<T>): Promise<{ value: T; logs: string[] }> {
  const logs: string[] = []
  const { warn, error } = console
  console.warn = console.error = (...args: unknown[]) => void logs.push(args.map(String).join(' '))
  try {
    return { value: await fn(), logs }
  } finally {
    Object.assign(console, { warn, error })
  }
}

const refsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap((item) => (item && typeof item === 'object' && typeof item._ref === 'string' ? [item._ref as string] : []))
    : []
const refOf = (value: unknown) =>
  value && typeof value === 'object' && typeof (value as { _ref?: unknown })._ref === 'string'
    ? (value as { _ref: string })._ref
    : undefined

export async function checkQueryContracts(documents: SanityDocument[]): Promise<Problem[]> {
  const pages = pageFunctionsOver(documents)
  const problems: Problem[] = []
  const error = (id: string, field: string, message: string) => problems.push({ level: 'error', id, path: field, message })
  const warning = (id: string, field: string, message: string) => problems.push({ level: 'warning', id, path: field, message })
  const published = documents.filter((doc) => isPublishedId(doc._id))
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  const slugOf = (doc: SanityDocument) => (doc.slug as { current?: unknown } | undefined)?.current
  // The Studio's slug rule (studio-rules) reports a slug that breaks it; such a post has no page to check.
  const isPublicPost = (doc: SanityDocument) => isValidSlug(slugOf(doc)) && isReadableDate(doc.publishedAt)

  await capturingLogs(async () => {
    // Post pages: each published post must render, with everything it lists.
    for (const post of published.filter((doc) => doc._type === 'post')) {
      const slug = slugOf(post)
      if (typeof slug !== 'string' || !slug) {
        warning(post._id, 'slug', 'no slug: this post has no address and never appears on the site')
        continue
      }
      if (typeof post.publishedAt !== 'string') {
        warning(post._id, 'publishedAt', 'no publish date: this post never appears on the site')
        continue
      }
      if (!isReadableDate(post.publishedAt)) {
        error(post._id, 'publishedAt', `${JSON.stringify(post.publishedAt)} is not a date: this post never appears on the site`)
        continue
      }
      if (!isValidSlug(slug)) continue
      for (const field of ['updatedAt', 'lastReviewedAt', 'nextReviewDue'] as const) {
        if (typeof post[field] === 'string' && !isReadableDate(post[field]))
          warning(post._id, field, `${JSON.stringify(post[field])} is not a date: the site ignores it`)
      }
      cleanPortableText(post.body, (problem) => error(post._id, 'body', `${problem}: readers do not see it`))
      const { value: page, logs } = await capturingLogs(() => pages.getPost(slug))
      if (!page) {
        error(
          post._id,
          '(post page)',
          `the post page cannot parse this post, readers get a 404: ${logs.join(' ').slice(0, 300) || 'no result'}`,
        )
        continue
      }
      if (page.post._id !== post._id) continue // another post owns this slug; the Studio's unique-slug rule reports it
      const shown = new Set(page.citations.map((entry) => entry.citation._id))
      refsOf(post.worksCited).forEach((ref, index) => {
        if (!byId.has(ref))
          error(post._id, `worksCited[${index}]`, `cites ${ref}, which is not published: the entry is missing from the works cited`)
        else if (!shown.has(ref))
          error(ref, '(citation)', `left out of the works cited of ${post._id}: the citation schema cannot parse it`)
      })
      const disclaimerId = refOf(post.disclaimer) ?? refOf(byId.get('siteSettings')?.defaultDisclaimer)
      if (disclaimerId && !page.disclaimer) {
        error(
          disclaimerId,
          '(disclaimer)',
          `does not show on ${post._id}: ${byId.has(disclaimerId) ? 'the disclaimer schema cannot parse it' : 'it is not published'}`,
        )
      }
      const shownCategories = new Set(page.post.categories.map((category) => category._id))
      refsOf(post.categories).forEach((ref, index) => {
        if (!shownCategories.has(ref))
          error(post._id, `categories[${index}]`, `category ${ref} is left out of the post page (missing, or without title or slug)`)
      })
      if (post.mainImage && !page.post.image)
        warning(post._id, 'mainImage', 'the main image does not render: its asset is missing or has no dimensions')
    }

    // Lists: every public post appears exactly once across the blog index pages.
    const listed = new Map<string, number>()
    for (let n = 1; ; n += 1) {
      const { value: list } = await capturingLogs(() => pages.getPostList(n))
      if (!list) break
      list.posts.forEach((card) => listed.set(card._id, (listed.get(card._id) ?? 0) + 1))
      if (n >= list.totalPages) break
    }
    for (const post of published.filter((doc) => doc._type === 'post' && isPublicPost(doc))) {
      if (!listed.has(post._id))
        error(post._id, '(post card)', 'left out of the blog index: the post card schema cannot parse it (title, slug, date)')
    }

    // Category pages.
    for (const category of published.filter((doc) => doc._type === 'category')) {
      const slug = slugOf(category)
      if (!isValidSlug(slug)) continue // the Studio's slug rule reports it
      if (!(await pages.getCategoryPage(slug)))
        error(category._id, '(category page)', 'the category page cannot be built (needs a title and a slug)')
    }

    // The pages every visitor sees must not fail as a whole.
    for (const [name, run] of Object.entries({
      home: pages.getHomePage,
      sitemap: pages.getPublicIndex,
      feed: pages.getFeed,
      navigation: pages.getAllCategories,
    })) {
      try {
        await run()
      } catch (cause) {
        error('(query)', name, `the ${name} query fails: ${cause instanceof Error ? cause.message.slice(0, 300) : String(cause)}`)
      }
    }
    if (!byId.has('siteSettings'))
      warning('siteSettings', '(document)', 'no site settings: the site falls back to a default title and has no default disclaimer')
  })
  return problems
}
