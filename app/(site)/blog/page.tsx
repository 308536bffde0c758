import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { PostListPage } from '@/components/PostListPage'
import { getPostList, getSiteSettings } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings()
  return pageMetadata({ title: 'Blog', description: `Every article on ${site.title}, newest first.`, path: '/blog', siteTitle: site.title })
}

export default async function BlogIndexPage() {
  const list = await getPostList(1)
  if (!list) notFound()
  return (
    <PostListPage
      title="Blog"
      intro={<p>Every article, newest first. Each one lists the sources behind its claims.</p>}
      breadcrumbs={[{ name: 'Home', href: '/' }, { name: 'Blog' }]}
      list={list}
      basePath="/blog"
    />
  )
}
