import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { blogPageStaticParams, getPostList, getSiteSettings } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'
import { parsePageNumber } from '@/lib/queries/post-lists'

type Props = { params: Promise<{ n: string }> }

export const generateStaticParams = blogPageStaticParams

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n)
  const site = await getSiteSettings()
  if (!page) return { title: 'Page not found' }
  return pageMetadata({
    title: `Blog, page ${page}`,
    description: `Articles on ${site.title}, page ${page}.`,
    path: `/blog/page/${page}`,
    siteTitle: site.title,
  })
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
