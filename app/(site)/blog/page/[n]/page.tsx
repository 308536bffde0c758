import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { pageMetadata } from '@/lib/content/metadata'
import { getPostList, parsePageNumber, POSTS_PER_PAGE } from '@/lib/queries/post-lists'
import { getPublicIndex } from '@/lib/queries/feeds'
import { getSiteSettings } from '@/lib/queries/site'

type Props = { params: Promise<{ n: string }> }

/** Pages 1…N; page 1 is built too, as its redirect to `/blog`. */
export async function generateStaticParams() {
  const { posts } = await getPublicIndex()
  const totalPages = Math.max(1, Math.ceil(posts.length / POSTS_PER_PAGE))
  return Array.from({ length: totalPages }, (_, index) => ({ n: String(index + 1) }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n)
  const site = await getSiteSettings()
  if (!page) return { title: 'Page not found' }
  return pageMetadata({ title: `Blog, page ${page}`, description: `Articles on ${site.title}, page ${page}.`, path: `/blog/page/${page}`, siteTitle: site.title })
}

export default async function BlogPage({ params }: Props) {
  const page = parsePageNumber((await params).n)
  if (!page) notFound()
  // One address per page: /blog/page/1 is /blog.
  if (page === 1) permanentRedirect('/blog')
  const list = await getPostList(page)
  if (!list) notFound()
  return (
    <PostListPage
      title="Blog"
      breadcrumbs={[{ name: 'Home', href: '/' }, { name: 'Blog', href: '/blog' }, { name: `Page ${page}` }]}
      list={list}
      basePath="/blog"
    />
  )
}
