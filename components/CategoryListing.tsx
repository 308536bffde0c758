import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getCategoryPage, getSiteSettings } from '@/lib/data'
import { pageMetadata } from '@/lib/content/metadata'
import { categoryShareCard } from '@/lib/images/share'
import { pagePath } from './Pagination'
import { PostListPage } from './PostListPage'

/** `/blog/category/[slug]` and its later pages share this; an unknown category or page is a 404. */
export async function CategoryListing({ slug, page }: { slug: string; page: number }) {
  const data = await getCategoryPage(slug, page)
  if (!data) notFound()
  const basePath = `/blog/category/${data.category.slug}`
  return (
    <PostListPage
      title={data.category.title}
      intro={data.category.description ? <p>{data.category.description}</p> : null}
      breadcrumbs={[
        { name: 'Home', href: '/' },
        { name: 'Blog', href: '/blog' },
        ...(page > 1 ? [{ name: data.category.title, href: basePath }, { name: `Page ${page}` }] : [{ name: data.category.title }]),
      ]}
      list={data}
      basePath={basePath}
    />
  )
}

export async function categoryMetadata(slug: string, page: number): Promise<Metadata> {
  const [site, data] = await Promise.all([getSiteSettings(), getCategoryPage(slug, page)])
  if (!data) return { title: 'Page not found' }
  const title = page > 1 ? `${data.category.title}, page ${page}` : data.category.title
  return pageMetadata({
    title,
    description: data.category.description || `${data.category.title} articles on ${site.title}, newest first.`,
    path: pagePath(`/blog/category/${data.category.slug}`, page),
    siteTitle: site.title,
    image: categoryShareCard(data.category.slug, data.category.title),
  })
}
